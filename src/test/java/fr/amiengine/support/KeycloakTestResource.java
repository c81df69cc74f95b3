package fr.amiengine.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
            return Files.writeString(copy, withTestClients(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the two clients the token tests need and the shipped realm must not have: one whose tokens are meant for
     * another application, and one like {@code ami-cli} whose access tokens expire after one second.
     */
    private static String withTestClients(String realm) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(realm);
        ArrayNode clients = (ArrayNode) json.get("clients");
        clients.add(passwordClient(Tokens.OTHER_AUDIENCE_CLIENT, "autre-application"));
        ObjectNode shortLived = passwordClient(Tokens.SHORT_LIVED_CLIENT, "ami-engine");
        shortLived.putObject("attributes").put("access.token.lifespan", "1");
        clients.add(shortLived);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    private static ObjectNode passwordClient(String clientId, String audience) {
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("enabled", true)
                .put("protocol", "openid-connect").put("publicClient", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        client.putArray("protocolMappers").addObject().put("name", "audience " + audience)
                .put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper")
                .putObject("config").put("included.custom.audience", audience).put("access.token.claim", "true")
                .put("id.token.claim", "false");
        return client;
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
            throw new IllegalStateException("Keycloak n’est pas démarré");
        }
        return server.realmUrl();
    }
}
