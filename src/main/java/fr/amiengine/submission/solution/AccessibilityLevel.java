package fr.amiengine.submission.solution;

/** Declared conformance with the RGAA (French accessibility reference). */
public enum AccessibilityLevel {
    FULLY_COMPLIANT("Totalement conforme au RGAA"),
    PARTIALLY_COMPLIANT("Partiellement conforme au RGAA"),
    NOT_COMPLIANT("Non conforme au RGAA"),
    NOT_APPLICABLE("Sans interface pour l’usager (non applicable)");

    /** The French words shown to people. */
    public final String label;

    AccessibilityLevel(String label) {
        this.label = label;
    }
}
