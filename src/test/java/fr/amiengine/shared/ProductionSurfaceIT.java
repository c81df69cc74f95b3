package fr.amiengine.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.KeycloakServer;
import fr.amiengine.support.Readiness;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the packaged application (production build, {@code target/quarkus-app}) shows on its public port: no metrics
 * and no health there, only on the management interface; HSTS and the other security headers on every answer; Swagger
 * UI until an operator switches it off. Like {@code LetterBatchRestartIT} it needs PostgreSQL (the production build
 * targets it): skipped with a message when the server does not answer, required when {@code AMI_TEST_DB=postgresql}.
 */
class ProductionSurfaceIT {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "ami_surface_it";
    private static final Path PROJECT = Path.of(System.getProperty("ami.project.dir", ".")).toAbsolutePath();
    private static final Path LOGS = PROJECT.resolve("target/surface-it");

    private static KeycloakServer keycloak;
    private Process application;
    private int appPort;
    private int managementPort;

    @BeforeAll
    static void keycloakAndDatabase() throws Exception {
        boolean required = "postgresql".equals(System.getenv("AMI_TEST_DB"));
        boolean reachable;
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            reachable = c.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        if (required && !reachable) {
            throw new IllegalStateException("AMI_TEST_DB=postgresql mais PostgreSQL ne répond pas sur 127.0.0.1:5432");
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL ne répond pas sur 127.0.0.1:5432 : test de la surface de production ignoré");
        Files.createDirectories(LOGS);
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
        }
        keycloak = KeycloakServer.start(Path.of(System.getProperty("ami.keycloak.home")), PROJECT.resolve("config/keycloak/ami-realm.json"),
                0, "jdbc:h2:mem:keycloak-surface-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", LOGS.resolve("keycloak.log"),
                KeycloakServer.freePort()); // no mail is sent here: an unused port for the realm's SMTP server
    }

    @AfterEach
    void stopApplication() throws InterruptedException {
        if (application != null) {
            application.destroy();
            application.waitFor();
        }
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void metricsAndHealthAnswerOnlyOnTheManagementPort() throws IOException {
        start("metriques", Map.of());

        assertThat(given().get(app("/q/metrics")).statusCode()).as("métriques sur le port public").isEqualTo(404);
        assertThat(given().get(app("/q/health/ready")).statusCode()).as("santé sur le port public").isEqualTo(404);
        assertThat(given().get(management("/q/health/ready")).statusCode()).isEqualTo(200);
        assertThat(given().get(management("/q/metrics")).asString()).contains("jvm_memory_used_bytes");
        assertThat(given().get(app("/q/openapi")).statusCode()).as("le contrat de l'API reste public").isEqualTo(200);
    }

    @Test
    void everyPublicAnswerAsksForHttpsAndCarriesTheSecurityHeaders() throws IOException {
        start("entetes", Map.of());

        for (String path : List.of("/", "/api/campaigns", "/static/ami.css", "/nulle-part", "/q/swagger-ui/")) {
            Response answer = given().redirects().follow(false).get(app(path));
            assertThat(answer.header("Strict-Transport-Security")).as(path).startsWith("max-age=31536000");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void swaggerUiCanBeSwitchedOffAtRunTime() throws IOException {
        start("sans-swagger", Map.of("QUARKUS_SWAGGER_UI_ENABLED", "false"));

        assertThat(given().get(app("/q/swagger-ui/")).statusCode()).isEqualTo(404);
        assertThat(given().get(app("/")).asString()).doesNotContain("/q/swagger-ui");
        assertThat(given().get(app("/q/openapi")).statusCode()).isEqualTo(200);
    }

    private void start(String run, Map<String, String> extra) throws IOException {
        appPort = KeycloakServer.freePort();
        managementPort = KeycloakServer.freePort();
        Path log = LOGS.resolve("application-" + run + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PROJECT.resolve("target/quarkus-app/quarkus-run.jar").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(appPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PG + DATABASE);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("AMI_KEYCLOAK_URL", keycloak.url());
        env.put("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET", "ami-engine-demo-secret");
        env.putAll(extra);
        application = builder.start();
        Readiness.await(application, URI.create(management("/q/health/ready")), Duration.ofMinutes(2), "L'application", log);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + appPort + path;
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }
}
