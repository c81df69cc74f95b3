package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.Organisation;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.EnumSetConverter;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A need for an AI solution, declared by a member of a verified administration for the census of needs (DINUM,
 * 2025 AMI): what the service must do, how much, under which hard constraints, by when and for what budget. The
 * matching ranks the published laureates against it; the public census shows it only aggregated, never the
 * administration's name nor its private notes.
 *
 * <p>The hard constraints read as « the solution must »: be hosted at least as close as {@link #hostingRequired}
 * (France, or the EU which France satisfies), hold every one of {@link #securityRequired}, reach
 * {@link #accessibilityRequired}, offer one of {@link #deploymentModesAccepted} (none listed: any), and federate
 * identities with {@link #identityFederationRequired} when it is set. A null or empty constraint asks nothing.
 */
@Entity
@Table(name = "need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The public reference (BES-0001), shown to laureates and in the census. */
    @Column(nullable = false, unique = true, length = 20)
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The Keycloak account that declared it; any member of the administration may edit it. */
    @Column(nullable = false, length = 100)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "administration_type", nullable = false, length = 30)
    public AdministrationType administrationType;

    /** The ministry the administration answers to (« Ministère de l’Intérieur »), for the census by ministry. */
    @Column(nullable = false, length = 200)
    public String ministry;

    @Column(nullable = false, length = 200)
    public String title;

    /** The public-service mission the solution would serve. */
    @Column(nullable = false, length = 1000)
    public String mission;

    /** The context: what is done today, by whom, what must change. */
    @Column(nullable = false, length = 4000)
    public String context;

    /** The functional family, by its code in the published panoramas, and its label when declared. */
    @Column(name = "family_code", nullable = false, length = 40)
    public String familyCode;

    @Column(name = "family_label", nullable = false, length = 200)
    public String familyLabel;

    @Column(name = "users_count")
    public Integer usersCount;

    @Column(name = "documents_per_year")
    public Long documentsPerYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "hosting_required", length = 30)
    public HostingLocation hostingRequired;

    @Convert(converter = EnumSetConverter.SecurityQualifications.class)
    @Column(name = "security_required", nullable = false, length = 200)
    public Set<SecurityQualification> securityRequired = EnumSet.noneOf(SecurityQualification.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "accessibility_required", length = 30)
    public AccessibilityLevel accessibilityRequired;

    @Convert(converter = EnumSetConverter.DeploymentModes.class)
    @Column(name = "deployment_modes_accepted", nullable = false, length = 200)
    public Set<DeploymentMode> deploymentModesAccepted = EnumSet.noneOf(DeploymentMode.class);

    /** The identity federation the solution must support (« ProConnect »), or null. */
    @Column(name = "identity_federation_required", length = 200)
    public String identityFederationRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public NeedHorizon horizon;

    @Column(name = "budget_min_euros")
    public Long budgetMinEuros;

    @Column(name = "budget_max_euros")
    public Long budgetMaxEuros;

    /** The administration's own notes: never shown to a company, nor in the census. */
    @Column(name = "private_notes", length = 4000)
    public String privateNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NeedState state = NeedState.OPEN;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;
}
