package fr.amiengine.correspondence;

/** The PDFs we produce, and the name each one is downloaded under. */
public enum DocumentKind {
    RECEIPT("accuse-de-reception"),
    DECISION_LETTER("lettre-de-decision"),
    MINUTES("proces-verbal");

    public final String fileStem;

    DocumentKind(String fileStem) {
        this.fileStem = fileStem;
    }
}
