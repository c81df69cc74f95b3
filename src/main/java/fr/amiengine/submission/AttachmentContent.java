package fr.amiengine.submission;

/** A PDF to download. */
public record AttachmentContent(String fileName, byte[] bytes) {
}
