package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * What the {@code *IT} classes share: the packaged application ({@code target/quarkus-app}, production build, hence
 * PostgreSQL) run as a child process on loopback, with a fresh database of its own, the real Keycloak and, when the
 * test counts mail, a GreenMail SMTP server in the test JVM. It can be started, stopped as an operator would (SIGTERM),
 * killed (SIGKILL) and started again on the same database and ports. {@link #secondNode()} gives a second node of the
 * same cluster: another process on its own ports, on the same database, Keycloak and SMTP server.
 *
 * <p>PostgreSQL (127.0.0.1:5432, user postgres) is needed: without it the test is skipped with a message, unless
 * {@code AMI_TEST_DB=postgresql} (CI) makes it required. The environment variable {@code AMI_IT_DATABASE_SUFFIX} is
 * appended to the database name, so that several checkouts on one machine never share a database.
 */
public final class PackagedApplication implements AutoCloseable {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Path PROJECT = Path.of(System.getProperty("ami.project.dir", ".")).toAbsolutePath();
    /** Access tokens of {@code ami-cli} live fifteen minutes; a kept one is renewed well before. */
    private static final Duration TOKEN_KEPT = Duration.ofMinutes(3);

    static {
        // an unexpected status in a packaged test shows the request and the answer's French detail
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final String database;
    private final Path logs;
    private final KeycloakServer keycloak;
    private final GreenMail smtp;
    /** Whether closing this node also stops Keycloak and GreenMail (the first node owns them, a second node shares them). */
    private final boolean owner;
    private final int appPort = KeycloakServer.freePort();
    /** The production build serves health and metrics on the management interface only, on its own port. */
    private final int managementPort = KeycloakServer.freePort();
    /** The kept tokens, shared by the nodes of one cluster (see {@link #token}). */
    private final Map<String, Token> tokens;
    private Process process;

    private record Token(String value, Instant until) {
    }

    private PackagedApplication(String database, Path logs, KeycloakServer keycloak, GreenMail smtp, boolean owner,
                                Map<String, Token> tokens) {
        this.database = database;
        this.tokens = tokens;
        this.logs = logs;
        this.keycloak = keycloak;
        this.smtp = smtp;
        this.owner = owner;
    }

    /**
     * Checks PostgreSQL (skipping the test when it is absent and not required), creates the database
     * {@code ami_<name>_it} afresh, starts GreenMail if asked, then Keycloak. The application is not started yet.
     *
     * @param name     the test's short name, in database and log folder names ({@code letters}, {@code surface})
     * @param withMail whether the application and Keycloak send their mail to a GreenMail server in this JVM
     */
    public static PackagedApplication prepare(String name, boolean withMail) throws IOException {
        boolean required = "postgresql".equals(System.getenv("AMI_TEST_DB"));
        boolean reachable = postgresAnswers();
        if (required && !reachable) {
            throw new IllegalStateException("AMI_TEST_DB=postgresql mais PostgreSQL ne répond pas sur 127.0.0.1:5432");
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL ne répond pas sur 127.0.0.1:5432\u00a0: test " + name + " ignoré");
        String database = "ami_" + name.replace('-', '_') + "_it" + System.getenv().getOrDefault("AMI_IT_DATABASE_SUFFIX", "");
        Path logs = Files.createDirectories(PROJECT.resolve("target/" + name + "-it"));
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("base " + database + " non créée", e);
        }
        GreenMail smtp = null;
        if (withMail) {
            smtp = new GreenMail(new ServerSetup(KeycloakServer.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        // without mail, the realm's SMTP server is an unused port: nothing is sent there
        int keycloakSmtp = smtp != null ? smtp.getSmtp().getPort() : KeycloakServer.freePort();
        try {
            KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("ami.keycloak.home")),
                    PROJECT.resolve("config/keycloak/ami-realm.json"), 0,
                    "jdbc:h2:mem:keycloak-" + name + "-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", logs.resolve("keycloak.log"),
                    keycloakSmtp);
            return new PackagedApplication(database, logs, keycloak, smtp, true, new ConcurrentHashMap<>());
        } catch (RuntimeException e) {
            if (smtp != null) {
                smtp.stop();
            }
            throw e;
        }
    }

    /**
     * Another node of the same cluster, not started yet: the same database, Keycloak and SMTP server, its own HTTP and
     * management ports. Give its runs names of their own (they name the log files). Closing it stops only its process.
     */
    public PackagedApplication secondNode() {
        return new PackagedApplication(database, logs, keycloak, smtp, false, tokens);
    }

    /** Starts the application with the production settings and waits until it is ready. */
    public void start(String run) throws IOException {
        start(run, List.of(), Map.of());
    }

    /**
     * Starts the application (a {@code java} process itself, no wrapper script) and waits until its readiness check
     * answers, on the management port.
     *
     * @param run        names the log file, {@code target/<name>-it/application-<run>.log}
     * @param jvmOptions {@code -D} options before {@code -jar}
     * @param extra      environment variables added to, or replacing, the ones set here
     */
    public void start(String run, List<String> jvmOptions, Map<String, String> extra) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("l’application tourne déjà");
        }
        Path log = log(run);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", PROJECT.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(appPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PG + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("AMI_KEYCLOAK_URL", keycloak.url());
        env.put("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET", "ami-engine-demo-secret");
        env.put("QUARKUS_OIDC_CLIENT_KEYCLOAK_ADMIN_CREDENTIALS_SECRET", "ami-engine-demo-secret");
        if (smtp != null) {
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()));
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        }
        env.putAll(extra);
        process = builder.start();
        Readiness.await(process, URI.create(management("/q/health/ready")), Duration.ofMinutes(3), "L’application", log);
    }

    /** Stops the application as an operator would (SIGTERM) and waits for its end (at most a minute). */
    public boolean stop() throws InterruptedException {
        if (process == null) {
            return true;
        }
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    /**
     * Kills the application with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook runs, nothing
     * is flushed, open transactions die with their connections. The process is the JVM itself (started without a
     * script), so the real server dies; waits until it has.
     *
     * @return the process id that was killed
     */
    public long kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("le processus " + pid + " survit à SIGKILL");
        }
        return pid;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (owner) {
            if (smtp != null) {
                smtp.stop();
            }
            keycloak.close();
        }
    }

    /** The application's process id (the JVM itself), while it runs: the benchmark reads its memory in /proc. */
    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + appPort + path;
    }

    public String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    /** The log of a run, {@code target/<name>-it/application-<run>.log}. */
    public Path log(String run) {
        return logs.resolve("application-" + run + ".log");
    }

    /** Keycloak's realm address, as the application knows it ({@code http://127.0.0.1:<port>/realms/ami}). */
    public String realmUrl() {
        return keycloak.realmUrl();
    }

    /** The GreenMail server the application sends to; null when prepared without mail. */
    public GreenMail smtp() {
        return smtp;
    }

    /** A JSON request to the application as this demo user, with a real access token. */
    public RequestSpecification as(String user) {
        return given().baseUri(url("")).auth().oauth2(token(user)).contentType("application/json");
    }

    /** A multipart request to the application as this demo user (an attachment's upload). */
    public RequestSpecification upload(String user) {
        return given().baseUri(url("")).auth().oauth2(token(user));
    }

    /**
     * A fresh enough access token of a demo user, by the password grant of {@code ami-cli}; safe from several threads.
     * One sign-in at a time for all the nodes of a cluster: Keycloak's brute-force protection takes simultaneous
     * sign-ins of one account for an attack and locks it for a minute (« Invalid user credentials »).
     */
    public String token(String user) {
        Token kept = tokens.get(user);
        if (kept != null && Instant.now().isBefore(kept.until())) {
            return kept.value();
        }
        synchronized (tokens) {
            kept = tokens.get(user);
            return kept != null && Instant.now().isBefore(kept.until()) ? kept.value() : signIn(user);
        }
    }

    private String signIn(String user) {
        String value = given().baseUri(keycloak.realmUrl())
                .formParam("grant_type", "password").formParam("client_id", "ami-cli").formParam("username", user)
                .formParam("password", user.startsWith("admin") ? user + "-demo-1" : user + "-demo")
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        tokens.put(user, new Token(value, Instant.now().plus(TOKEN_KEPT)));
        return value;
    }

    /** The application's database, for the checks a test makes behind the API's back. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(PG + database, "postgres", "");
    }

    /** A {@code select count(*)}, or -1 while the database does not answer (or the table is not there yet). */
    public long count(String sql) {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The first column of every row a query returns, as text, sorted. */
    public Set<String> strings(String sql) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        }
        return found;
    }

    /**
     * A client for bursts of raw requests, speaking HTTP/1.1 as browsers do without TLS: the JDK client otherwise asks
     * for an h2c upgrade, which Vert.x answers with a 500 (« Request has already been read ») on a POST.
     */
    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Waits for a condition, polling ten times a second; fails with what was awaited. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("attendu en vain\u00a0: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean postgresAnswers() {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
