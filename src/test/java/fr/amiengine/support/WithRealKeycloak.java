package fr.amiengine.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the real Keycloak for every {@code @QuarkusTest} of the suite: one server, one application
 * start, shared by all test classes.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(KeycloakTestResource.class)
public final class WithRealKeycloak {

    private WithRealKeycloak() {
    }
}
