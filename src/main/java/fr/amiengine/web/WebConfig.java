package fr.amiengine.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the web pages ({@code ami.web.*}). */
@ConfigMapping(prefix = "ami.web")
public interface WebConfig {

    /**
     * Key of the anti-forgery tokens of the forms. Set it when several instances serve the pages; without it,
     * each start draws its own, and forms opened before a restart must be reloaded.
     */
    Optional<String> csrfSecret();
}
