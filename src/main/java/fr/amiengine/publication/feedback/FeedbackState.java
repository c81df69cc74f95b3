package fr.amiengine.publication.feedback;

/**
 * Where a deployment feedback stands in its moderation ({@code Process_FeedbackModeration}): held until an
 * administrator approves it; only an approved one is public.
 */
public enum FeedbackState {
    PENDING("En attente de modération"),
    APPROVED("Publié"),
    REJECTED("Refusé");

    /** The French words shown to people. */
    public final String label;

    FeedbackState(String label) {
        this.label = label;
    }
}
