package fr.amiengine.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data ({@code ami.demo.*}), on only in the {@code demo} profile. */
@ConfigMapping(prefix = "ami.demo")
public interface DemoConfig {

    /** Seeds the demo campaigns at start when the database has none. */
    @WithDefault("false")
    boolean enabled();
}
