package fr.amiengine.submission.solution;

/** Where the data are hosted, as declared. */
public enum HostingLocation {
    FRANCE("En France"),
    EUROPEAN_UNION("Dans l’Union européenne"),
    OUTSIDE_EUROPEAN_UNION("Hors de l’Union européenne");

    /** The French words shown to people. */
    public final String label;

    HostingLocation(String label) {
        this.label = label;
    }
}
