package fr.amiengine.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts one real Keycloak for the whole test run, with a fresh in-memory realm. The application's test port is
 * chosen here too, so that the realm can accept it as a redirect address for the browser tests' logins.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static KeycloakServer server;
    private static int applicationPort;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            applicationPort = KeycloakServer.freePort();
            server = KeycloakServer.start(
                    Path.of(System.getProperty("ami.keycloak.home")),
                    realmAccepting(Path.of(System.getProperty("ami.realm.file")), applicationPort),
                    0,
                    "jdbc:h2:mem:keycloak-tests;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
                    Path.of("target", "keycloak-tests.log"),
                    GreenMailTestResource.smtpPort());
        }
        return Map.of("quarkus.oidc.auth-server-url", server.realmUrl(),
                "ami.keycloak.url", server.url(),
                "quarkus.http.test-port", String.valueOf(applicationPort));
    }

    /** The demo realm, with the test application's address added to the web client's redirect addresses. */
    private static Path realmAccepting(Path realm, int port) {
        try {
            String json = Files.readString(realm).replace("\"http://127.0.0.1:8080/*\"",
                    "\"http://127.0.0.1:8080/*\", \"http://127.0.0.1:" + port + "/*\", \"http://localhost:" + port + "/*\"");
            Path copy = Files.createDirectories(Path.of("target")).resolve("ami-realm-tests.json");
            return Files.writeString(copy, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the application under test, as the browser reaches it. */
    public static String applicationUrl() {
        return "http://127.0.0.1:" + applicationPort;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The realm's URL, for tests that fetch tokens. */
    public static String realmUrl() {
        if (server == null) {
            throw new IllegalStateException("Keycloak n'est pas démarré");
        }
        return server.realmUrl();
    }
}
