package fr.amiengine.integrity;

/** The three chained ledgers of a campaign, in the order a campaign fills them. */
public enum LedgerChain {
    ADMISSIBILITY("admissibility", "Registre de la recevabilité"),
    SCORES("evaluations", "Registre des notes"),
    DECISIONS("decisions", "Registre des décisions");

    /** The code the published documents use. */
    public final String code;
    public final String label;

    LedgerChain(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
