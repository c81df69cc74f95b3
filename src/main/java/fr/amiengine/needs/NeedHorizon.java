package fr.amiengine.needs;

/** When the administration means to deploy a solution for its need. */
public enum NeedHorizon {
    WITHIN_6_MONTHS("Dans les six mois"),
    WITHIN_12_MONTHS("Dans l’année"),
    WITHIN_24_MONTHS("D’ici deux ans"),
    LATER("Au-delà de deux ans");

    /** The French words shown to people. */
    public final String label;

    NeedHorizon(String label) {
        this.label = label;
    }
}
