package fr.amiengine.identity;

public record OrganisationView(Long id, String siren, String legalName, OrganisationKind kind) {

    public static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.siren, organisation.legalName, organisation.kind);
    }
}
