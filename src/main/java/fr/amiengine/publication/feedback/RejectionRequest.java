package fr.amiengine.publication.feedback;

/** Why an administrator rejects (or withdraws) a deployment feedback: kept, shown to its administration, never public. */
public record RejectionRequest(String reason) {
}
