package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
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

    private static SmallRyeConfig profile(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .build();
    }
}
