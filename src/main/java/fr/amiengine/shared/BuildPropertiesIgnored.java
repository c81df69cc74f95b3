package fr.amiengine.shared;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * {@link AmiConfig} maps the prefix {@code ami}, so an {@code ami.*} property that no mapping reads stops the start:
 * a misspelt setting is caught. The build hands the test JVM a few {@code ami.*} properties of its own, which the
 * application never reads: where Keycloak is unpacked ({@code ami.cache.dir}, {@code ami.keycloak.home}), the realm
 * of the tests ({@code ami.realm.file}), the seed of the crash tests ({@code ami.crash.seed}), the project folder of
 * the ITs ({@code ami.project.dir}) and the test database choices ({@code ami.test.*}); they are left out of that
 * check. Registered in {@code META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer}.
 */
public class BuildPropertiesIgnored implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        builder.withMappingIgnore("ami.cache.**")
                .withMappingIgnore("ami.keycloak.home")
                .withMappingIgnore("ami.realm.**")
                .withMappingIgnore("ami.crash.**")
                .withMappingIgnore("ami.project.**")
                .withMappingIgnore("ami.test.**");
    }
}
