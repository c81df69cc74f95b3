package fr.amiengine.submission.attachment;

/** A PDF to download. */
public record AttachmentContent(String fileName, byte[] bytes) {
}
