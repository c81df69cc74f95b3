package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code application.properties} gives the production profile, which no {@code @QuarkusTest} runs: metrics and
 * health on the management interface (its own port, never published), HSTS; while the tests and the demo, on plain
 * HTTP over loopback, keep them on the main port and send no HSTS. {@code ProductionSurfaceIT} checks the packaged
 * application itself.
 */
class ProductionConfigTest {

    private static final String HSTS = "quarkus.http.filter.security.header.\"Strict-Transport-Security\"";

    @Test
    void productionServesMetricsAndHealthOnTheManagementInterfaceOnly() throws IOException {
        SmallRyeConfig prod = profile("prod");

        assertThat(prod.getOptionalValue("quarkus.management.enabled", Boolean.class)).contains(true);
        // the API contract stays public, on the main port, and Swagger UI can be switched off at run time
        assertThat(prod.getOptionalValue("quarkus.smallrye-openapi.management.enabled", Boolean.class)).contains(false);
        assertThat(profile("test").getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)).isFalse();
        assertThat(profile("demo").getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)).isFalse();
    }

    @Test
    void productionAsksBrowsersForHttpsOnly() throws IOException {
        assertThat(profile("prod").getOptionalValue(HSTS, String.class)).hasValueSatisfying(v -> assertThat(v)
                .matches("max-age=(\\d{8,}).*"));
        assertThat(profile("test").getOptionalValue(HSTS, String.class)).isEmpty();
        assertThat(profile("demo").getOptionalValue(HSTS, String.class)).isEmpty();
    }

    @Test
    void everyNodeTakesTheSessionCookieKeyFromTheEnvironmentAndAnUnsetOneIsNoKey() throws IOException {
        String key = "quarkus.oidc.web.token-state-manager.encryption-secret";
        // unset, the property is absent (not an empty key): Quarkus then derives the key from the client secret
        assertThat(profile("prod").getOptionalValue(key, String.class)).isEmpty();
        String secret = "une-cle-de-session-commune-aux-noeuds-0123456789";
        assertThat(profile("prod", Map.of("AMI_WEB_SESSION_SECRET", secret)).getOptionalValue(key, String.class)).contains(secret);
    }

    private static SmallRyeConfig profile(String profile) throws IOException {
        return profile(profile, Map.of());
    }

    /** The profile of application.properties, with these environment variables. */
    private static SmallRyeConfig profile(String profile, Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(environment, "environnement", 300))
                .build();
    }
}
