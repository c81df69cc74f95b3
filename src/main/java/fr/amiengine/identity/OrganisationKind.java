package fr.amiengine.identity;

/** Who applies: a company (2025 AMI) or an administration (2019 AMI). */
public enum OrganisationKind {
    COMPANY,
    ADMINISTRATION
}
