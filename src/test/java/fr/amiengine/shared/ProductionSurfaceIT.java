package fr.amiengine.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.PackagedApplication;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the packaged application (production build, {@code target/quarkus-app}) shows on its public port: no metrics
 * and no health there, only on the management interface; HSTS and the other security headers on every answer; Swagger
 * UI until an operator switches it off. Like the other packaged tests it needs PostgreSQL (the production build
 * targets it): skipped with a message when the server does not answer, required when {@code AMI_TEST_DB=postgresql}.
 */
class ProductionSurfaceIT {

    private static PackagedApplication application;

    @BeforeAll
    static void keycloakAndDatabase() throws IOException {
        application = PackagedApplication.prepare("surface", false);
    }

    @AfterEach
    void stopApplication() throws InterruptedException {
        if (application != null) {
            application.stop();
        }
    }

    @AfterAll
    static void stopKeycloak() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void metricsAndHealthAnswerOnlyOnTheManagementPort() throws IOException {
        start("metriques", Map.of());

        assertThat(given().get(app("/q/metrics")).statusCode()).as("métriques sur le port public").isEqualTo(404);
        assertThat(given().get(app("/q/health/ready")).statusCode()).as("santé sur le port public").isEqualTo(404);
        assertThat(given().get(management("/q/health/ready")).statusCode()).isEqualTo(200);
        assertThat(given().get(management("/q/metrics")).asString()).contains("jvm_memory_used_bytes");
        assertThat(given().get(app("/q/openapi")).statusCode()).as("le contrat de l’API reste public").isEqualTo(200);
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
        application.start(run, List.of(), extra);
    }

    private String app(String path) {
        return application.url(path);
    }

    private String management(String path) {
        return application.management(path);
    }
}
