package fr.amiengine.submission;

/** Security qualifications and certifications a candidate may declare (none is an empty set). */
public enum SecurityQualification {
    SECNUMCLOUD,
    HDS,
    ISO_27001,
    CSPN
}
