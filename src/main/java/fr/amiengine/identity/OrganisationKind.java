package fr.amiengine.identity;

/** Who applies: a company (2025 AMI) or an administration (2019 AMI). */
public enum OrganisationKind {
    COMPANY("Entreprise"),
    ADMINISTRATION("Administration ou établissement public");

    /** The French words shown to people. */
    public final String label;

    OrganisationKind(String label) {
        this.label = label;
    }
}
