package fr.amiengine.correspondence;

/** The PDFs we produce, and the name each one is downloaded under. */
public enum DocumentKind {
    RECEIPT("accuse-de-reception"),
    DECISION_LETTER("lettre-de-decision"),
    MINUTES("proces-verbal"),
    /** The decision letter of a waitlisted file retained after a laureate renounced (fr.amiengine.waitlist). */
    PROMOTION_LETTER("lettre-de-decision-promotion"),
    /** The acknowledgement of a laureate's renunciation of its selection. */
    RENUNCIATION_ACK("accuse-de-desistement");

    public final String fileStem;

    DocumentKind(String fileStem) {
        this.fileStem = fileStem;
    }
}
