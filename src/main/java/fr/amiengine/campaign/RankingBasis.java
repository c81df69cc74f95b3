package fr.amiengine.campaign;

/** Which consolidated score ranks the files, published with the grid (see docs/selection.md). */
public enum RankingBasis {
    RAW("note brute (moyenne pondérée des évaluateurs)"),
    NORMALISED("note normalisée par évaluateur (corrige les évaluateurs sévères ou indulgents)");

    /** The French wording shown with the call. */
    public final String label;

    RankingBasis(String label) {
        this.label = label;
    }
}
