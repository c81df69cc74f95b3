package fr.amiengine.admissibility;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Delays of the admissibility stage ({@code ami.admissibility.*}). */
@ConfigMapping(prefix = "ami.admissibility")
public interface AdmissibilityConfig {

    /** Time given to complete a file that the automatic check found incomplete. */
    @WithDefault("P10D")
    Duration completionDelay();

    /** Longest correction deadline an administrator may set. */
    @WithDefault("P60D")
    Duration maxCorrectionDelay();
}
