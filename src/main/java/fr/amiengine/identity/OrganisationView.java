package fr.amiengine.identity;

import java.time.Instant;

/**
 * An organisation as its members and the administrators see it; {@code verified} says whether an administrator
 * verified the administration (a company is never verified: it signs no public feedback).
 */
public record OrganisationView(Long id, String siren, String legalName, OrganisationKind kind, boolean verified,
                               Instant verifiedAt, String verifiedBy, String postalAddress, String contactEmail,
                               String contactPhone) {

    public static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.siren, organisation.legalName, organisation.kind,
                organisation.isVerified(), organisation.verifiedAt, organisation.verifiedBy, organisation.postalAddress,
                organisation.contactEmail, organisation.contactPhone);
    }
}
