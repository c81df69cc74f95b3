package fr.amiengine.evaluation.committee;

/** Why a member may not evaluate an organisation's files. */
public enum ConflictKind {
    OWN_ORGANISATION("Mon organisation (employeur actuel ou récent)"),
    LINK("Lien d’intérêt (conseil, participation, parenté, collaboration)");

    public final String label;

    ConflictKind(String label) {
        this.label = label;
    }
}
