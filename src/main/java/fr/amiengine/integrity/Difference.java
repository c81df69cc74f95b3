package fr.amiengine.integrity;

/**
 * One disagreement between a ledger and the live rows it records: what the chain says the field holds, and what the
 * table holds now. A missing row or a missing line reads « absente ».
 *
 * @param file the file (candidature reference), or null for the whole campaign
 * @param field what is compared, in French (« note du critère IMPACT », « motivation »…)
 * @param entry the ledger line that says so, or null when the chain has none
 */
public record Difference(String file, String field, String chainValue, String liveValue, Long entry) {

    public static final String ABSENT = "absente";

    /** The difference in one French sentence. */
    public String sentence() {
        return (file == null ? "Campagne" : "Dossier " + file) + ", " + field + "\u00a0: le registre dit «\u00a0"
                + shown(chainValue) + "\u00a0», la base dit «\u00a0" + shown(liveValue) + "\u00a0».";
    }

    private static String shown(String value) {
        if (value == null) {
            return "vide";
        }
        return value.length() > 120 ? value.substring(0, 117) + "…" : value;
    }
}
