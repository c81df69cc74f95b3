package fr.amiengine.submission.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the PDFs a candidate attaches ({@code ami.attachments.*}). */
@ConfigMapping(prefix = "ami.attachments")
public interface AttachmentConfig {

    /** Largest accepted PDF, in bytes (10 Mio by default). */
    @WithDefault("10485760")
    long maxBytes();

    /** Most PDFs one candidature may carry. */
    @WithDefault("10")
    int maxCount();
}
