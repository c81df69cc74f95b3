package fr.amiengine.publication;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.submission.AccessibilityLevel;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.DeploymentMode;
import fr.amiengine.submission.EnumSetConverter;
import fr.amiengine.submission.HostingLocation;
import fr.amiengine.submission.MaturityLevel;
import fr.amiengine.submission.SecurityQualification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The working copy of a retained solution's public entry: copied from the file when the panorama is prepared, then
 * enriched by the administrators. Only what a publication froze ({@link PanoramaPublication}) is public.
 */
@Entity
@Table(name = "panorama_entry")
public class PanoramaEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Column(nullable = false, length = 60)
    public String reference;

    @Column(name = "solution_name", nullable = false, length = 200)
    public String solutionName;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Column(name = "organisation_siren", nullable = false, length = 9)
    public String organisationSiren;

    @Column(name = "track_code", length = 40)
    public String trackCode;

    @Column(name = "track_label", length = 200)
    public String trackLabel;

    @Column(name = "family_code", length = 40)
    public String familyCode;

    @Column(name = "family_label", length = 200)
    public String familyLabel;

    @Column(length = 4000)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "maturity_level", length = 20)
    public MaturityLevel maturityLevel;

    @Convert(converter = EnumSetConverter.DeploymentModes.class)
    @Column(name = "deployment_modes", nullable = false, length = 200)
    public Set<DeploymentMode> deploymentModes = EnumSet.noneOf(DeploymentMode.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "hosting_location", length = 30)
    public HostingLocation hostingLocation;

    @Column(length = 2000)
    public String apis;

    @Column(length = 2000)
    public String standards;

    @Column(name = "identity_federation", length = 500)
    public String identityFederation;

    @Column(name = "gdpr_compliant")
    public Boolean gdprCompliant;

    @Convert(converter = EnumSetConverter.SecurityQualifications.class)
    @Column(name = "security_qualifications", nullable = false, length = 200)
    public Set<SecurityQualification> securityQualifications = EnumSet.noneOf(SecurityQualification.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "accessibility_level", length = 30)
    public AccessibilityLevel accessibilityLevel;

    @Column(name = "public_references", length = 4000)
    public String publicReferences;

    /** The version of the solution, added after publication (e.g. « 3.2 »). */
    @Column(name = "product_version", length = 100)
    public String productVersion;

    @Column(length = 500)
    public String website;

    /** Null unless the organisation agreed to its publication ({@code candidature.contact_public}). */
    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 30)
    public String contactPhone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<PanoramaEntry> ofCampaign(String code) {
        return list("campaign.code = ?1 order by familyCode, solutionName, reference", code);
    }

    public static Optional<PanoramaEntry> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
