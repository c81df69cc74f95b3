package fr.amiengine.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A company or an administration, identified by its SIREN; it may file several candidatures. Anyone may declare an
 * organisation of kind « administration » under any name, so an administrator verifies it before it speaks publicly
 * in the administration's name (deployment feedback).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 9)
    public String siren;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    /** The postal address, as its members write it; optional. */
    @Column(name = "postal_address", length = 500)
    public String postalAddress;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When an administrator checked that this administration is who it says it is; null until then. */
    @Column(name = "verified_at")
    public Instant verifiedAt;

    /** The administrator who verified it. */
    @Column(name = "verified_by")
    public String verifiedBy;

    public boolean isVerified() {
        return verifiedAt != null;
    }
}
