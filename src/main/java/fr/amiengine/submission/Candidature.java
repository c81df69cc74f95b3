package fr.amiengine.submission;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.FunctionalFamily;
import fr.amiengine.campaign.Track;
import fr.amiengine.identity.Organisation;
import fr.amiengine.submission.solution.SolutionSheet;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A candidature (dossier) of an organisation to a campaign, from draft to decision. */
@Entity
@Table(name = "candidature")
public class Candidature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Human reference, e.g. {@code AMI-IA-2025-0042}; the business key of its process. */
    @Column(nullable = false, unique = true, length = 60)
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    public Track track;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    public FunctionalFamily family;

    @Column(name = "solution_name", length = 200)
    public String solutionName;

    /** What the solution is, how it integrates and complies, and whom to contact: what the panorama copies. */
    @Embedded
    public SolutionSheet solution = new SolutionSheet();

    @Column(name = "requested_amount_euros")
    public Long requestedAmountEuros;

    /** The organisation agreed that the contact appears on the public panorama if the solution is retained. */
    @Column(name = "contact_public", nullable = false)
    public boolean contactPublic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CandidatureState state;

    /** Why the file is where it is, in French: missing items, the correction asked, the inadmissibility reason. */
    @Column(name = "state_reason", length = 4000)
    public String stateReason;

    @Column(name = "correction_due_at")
    public Instant correctionDueAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @OneToMany(mappedBy = "candidature", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    public List<CandidatureEvent> history = new ArrayList<>();

    @Version
    public long version;

    /** Changes the state and keeps a trace of who did it, when, and why. */
    public void moveTo(CandidatureState target, ActorKind kind, String actor, Instant at, String note) {
        CandidatureEvent event = new CandidatureEvent();
        event.candidature = this;
        event.fromState = state;
        event.toState = target;
        event.actor = actor;
        event.actorKind = kind;
        event.at = at;
        event.note = note;
        history.add(event);
        state = target;
        updatedAt = at;
    }
}
