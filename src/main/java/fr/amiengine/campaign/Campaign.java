package fr.amiengine.campaign;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A call for applications (AMI): its dates, its grid, its tracks and its functional families. */
@Entity
@Table(name = "campaign")
public class Campaign {

    /** How long the personal data of a campaign are kept after its first publication, by default and at most (docs/rgpd.md). */
    public static final int DEFAULT_RETENTION_MONTHS = 36;
    public static final int MIN_RETENTION_MONTHS = 6;
    public static final int MAX_RETENTION_MONTHS = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 40)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(length = 5000)
    public String description;

    /** The service of the administration running the call, that candidates write to (the receipt names it). */
    @Column(name = "contact_service", length = 200)
    public String contactService;

    /** The e-mail address of that service. */
    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    /**
     * The title of whoever signs the decision letters for the committee, beside their first name and surname (CRPA
     * L212-1), e.g. « Directrice du programme IA ».
     */
    @Column(name = "signatory_title", nullable = false, length = 200)
    public String signatoryTitle;

    @Column(name = "opening_at", nullable = false)
    public Instant openingAt;

    @Column(name = "closing_at", nullable = false)
    public Instant closingAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CampaignState state;

    @Column(name = "evaluators_per_file", nullable = false)
    public int evaluatorsPerFile;

    /** Largest accepted gap between two evaluators on a criterion, as a share of its scale (0.30 = 30 %). */
    @Column(name = "disagreement_spread", nullable = false, precision = 4, scale = 2)
    public java.math.BigDecimal disagreementSpread;

    @Enumerated(EnumType.STRING)
    @Column(name = "disagreement_policy", nullable = false, length = 30)
    public DisagreementPolicy disagreementPolicy;

    /** Days before the evaluation due date when evaluators get a reminder. */
    @Column(name = "reminder_days_before", nullable = false)
    public int reminderDaysBefore;

    /** When the evaluations are due; set when the assignments are released. */
    @Column(name = "evaluation_due_at")
    public Instant evaluationDueAt;

    /** Why the last automatic assignment could not be made, in French; null when it succeeded. */
    @Column(name = "assignment_note", length = 4000)
    public String assignmentNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "ranking_basis", nullable = false, length = 20)
    public RankingBasis rankingBasis = RankingBasis.RAW;

    /** What the constraints changed in the last selection proposal compared with the pure ranking, one line each. */
    @Column(name = "selection_changes", length = 8000)
    public String selectionChanges;

    @Column(name = "selection_computed_at")
    public Instant selectionComputedAt;

    @Column(name = "selection_computed_by")
    public String selectionComputedBy;

    /** Why the last selection calculated on the job executor could not be made, in French; null when it succeeded. */
    @Column(name = "selection_note", length = 4000)
    public String selectionNote;

    /** Four eyes: who submitted the decisions for approval, and who approved them (never the same person). */
    @Column(name = "decisions_submitted_by")
    public String decisionsSubmittedBy;

    @Column(name = "decisions_submitted_by_name")
    public String decisionsSubmittedByName;

    @Column(name = "decisions_submitted_at")
    public Instant decisionsSubmittedAt;

    @Column(name = "decisions_approved_by")
    public String decisionsApprovedBy;

    /** The approver's first name and surname, from the identity; the letters name them (never the account name). */
    @Column(name = "decisions_approved_by_name")
    public String decisionsApprovedByName;

    @Column(name = "decisions_approved_at")
    public Instant decisionsApprovedAt;

    /** Why the last submission was sent back to the deliberation, if it was. */
    @Column(name = "approval_refusal", length = 4000)
    public String approvalRefusal;

    /** How many times the panorama was published (0: never); the public reads publication number {@code publicationRevision}. */
    @Column(name = "publication_revision", nullable = false)
    public int publicationRevision;

    /** The first publication of the panorama. */
    @Column(name = "published_at")
    public Instant publishedAt;

    /**
     * Months during which the personal data of the campaign's people are kept, counted from the first publication;
     * then they are erased or pseudonymised ({@code Process_PersonalDataRetention}).
     */
    @Column(name = "retention_months", nullable = false)
    public int retentionMonths = DEFAULT_RETENTION_MONTHS;

    /** When the retention period ends: {@code retentionMonths} after the first publication; null before it. */
    public Instant retentionEndsAt() {
        return publishedAt == null ? null
                : publishedAt.atZone(java.time.ZoneOffset.UTC).plusMonths(retentionMonths).toInstant();
    }

    /** Set when the campaign opens: from then on the grid is published and cannot change. */
    @Column(name = "grid_frozen_at")
    public Instant gridFrozenAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    // Batch fetching: listing campaigns reads the children of twenty campaigns per query, not one by one.
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 20)
    public List<Criterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 20)
    public List<Track> tracks = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 20)
    public List<FunctionalFamily> families = new ArrayList<>();

    @Version
    public long version;

    public Optional<Track> track(String trackCode) {
        return tracks.stream().filter(t -> t.code.equals(trackCode)).findFirst();
    }

    public Optional<FunctionalFamily> family(String familyCode) {
        return families.stream().filter(f -> f.code.equals(familyCode)).findFirst();
    }

    /** Whether the call accepts submissions at this instant (server time, deadline included). */
    public boolean acceptsSubmissionsAt(Instant instant) {
        return state == CampaignState.OPEN && !instant.isAfter(closingAt);
    }

    /**
     * The grid and the dates change only while the campaign is a draft and its opening instant has not come,
     * even if the opening timer has not run yet.
     */
    public void ensureEditable(Instant now) {
        if (state != CampaignState.DRAFT || !now.isBefore(openingAt)) {
            throw AmiException.conflict("La campagne " + code + " est ouverte depuis le "
                    + FrenchFormat.dateTime(gridFrozenAt != null ? gridFrozenAt : openingAt)
                    + "\u00a0: sa grille et ses dates sont figées.");
        }
    }
}
