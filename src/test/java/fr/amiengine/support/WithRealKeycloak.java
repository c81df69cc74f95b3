package fr.amiengine.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the real Keycloak and the real SMTP server (GreenMail) for every {@code @QuarkusTest} of the suite: one
 * server each, one application start, shared by all test classes.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(GreenMailTestResource.class)
public final class WithRealKeycloak {

    private WithRealKeycloak() {
    }
}
