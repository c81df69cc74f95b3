package fr.amiengine.submission;

/** Declared conformance with the RGAA (French accessibility reference). */
public enum AccessibilityLevel {
    FULLY_COMPLIANT,
    PARTIALLY_COMPLIANT,
    NOT_COMPLIANT,
    NOT_APPLICABLE
}
