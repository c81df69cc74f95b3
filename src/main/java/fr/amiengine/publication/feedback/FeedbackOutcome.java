package fr.amiengine.publication.feedback;

/** How a deployment went, as the administration that deployed the solution tells it. */
public enum FeedbackOutcome {
    IN_PROGRESS("Déploiement en cours"),
    IN_USE("En service"),
    EXTENDED("Étendu à d’autres services"),
    STOPPED("Arrêté");

    /** The French words shown to people. */
    public final String label;

    FeedbackOutcome(String label) {
        this.label = label;
    }
}
