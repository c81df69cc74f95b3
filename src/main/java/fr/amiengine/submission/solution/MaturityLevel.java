package fr.amiengine.submission.solution;

/** Functional maturity declared by the candidate, from an idea to a solution used at scale. */
public enum MaturityLevel {
    CONCEPT("Concept ou idée"),
    PROTOTYPE("Prototype"),
    PILOT("Expérimentation en cours"),
    PRODUCTION("En production chez au moins un client"),
    AT_SCALE("Déployée à grande échelle");

    /** The French words shown to people. */
    public final String label;

    MaturityLevel(String label) {
        this.label = label;
    }
}
