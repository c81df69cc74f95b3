package fr.amiengine.shared;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits enforced by {@link BodySizeGuard} ({@code ami.http.*}). */
@ConfigMapping(prefix = "ami.http")
public interface HttpLimits {

    /** Largest request body answered normally; beyond it, a French 413 before the body is read. */
    @WithDefault("12M")
    MemorySize maxBodySize();
}
