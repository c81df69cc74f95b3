package fr.amiengine.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** Starts one real Keycloak for the whole test run, with a fresh in-memory realm. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static KeycloakServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = KeycloakServer.start(
                    Path.of(System.getProperty("ami.keycloak.home")),
                    Path.of(System.getProperty("ami.realm.file")),
                    0,
                    "jdbc:h2:mem:keycloak-tests;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
                    Path.of("target", "keycloak-tests.log"));
        }
        return Map.of("quarkus.oidc.auth-server-url", server.realmUrl());
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
