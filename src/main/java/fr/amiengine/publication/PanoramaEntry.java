package fr.amiengine.publication;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.solution.SolutionSheet;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/**
 * The working copy of a retained solution's public entry: copied from the file when the panorama is prepared, then
 * enriched by the administrators. Only what a publication froze ({@link PanoramaPublication}) is public.
 */
@Entity
@Table(name = "panorama_entry")
public class PanoramaEntry {

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

    /**
     * What the solution is, how it integrates and complies; the contact only if the organisation agreed to its
     * publication ({@code candidature.contact_public}), else empty.
     */
    @Embedded
    public SolutionSheet solution = new SolutionSheet();

    /** The version of the solution, added after publication (e.g. « 3.2 »). */
    @Column(name = "product_version", length = 100)
    public String productVersion;

    @Column(length = 500)
    public String website;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * When the file stopped being retained (its laureate renounced, fr.amiengine.waitlist): the entry leaves the
     * panorama at the next publication, and stays here for its audit and feedback.
     */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Version
    public long version;
}
