package fr.amiengine.admissibility;

/** The administrator's verdict on admissibility (recevabilité); the values route {@code Gateway_AdmissibilityOutcome}. */
public enum AdmissibilityOutcome {
    ADMISSIBLE,
    INADMISSIBLE,
    CORRECTION_REQUESTED
}
