package fr.amiengine.submission.solution;

/** Security qualifications and certifications a candidate may declare (none is an empty set). */
public enum SecurityQualification {
    SECNUMCLOUD("Qualification SecNumCloud"),
    HDS("Hébergeur de données de santé (HDS)"),
    ISO_27001("Certification ISO/IEC 27001"),
    CSPN("Certification CSPN");

    /** The French words shown to people. */
    public final String label;

    SecurityQualification(String label) {
        this.label = label;
    }
}
