package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.submission.Candidature;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The committee's decision on one file: what the selection proposed, what the administrators decided and why.
 * It becomes final when a second administrator approves the campaign's decisions.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Column(name = "track_code", nullable = false, length = 40)
    public String trackCode;

    /** The score that ranked the file (the campaign's ranking basis), out of 100. */
    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal score;

    @Column(nullable = false)
    public boolean eligible;

    @Column(name = "rank_position")
    public Integer rankPosition;

    @Column(name = "rank_explanation", nullable = false, length = 2000)
    public String rankExplanation;

    @Column(name = "requested_amount")
    public Long requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", nullable = false, length = 20)
    public DecisionOutcome proposedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DecisionOutcome outcome;

    @Column(length = 4000)
    public String motivation;

    /** The outcome differs from the proposal. */
    @Column(nullable = false)
    public boolean departs;

    /** An administrator set this decision: a new proposal keeps it. */
    @Column(nullable = false)
    public boolean manual;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Everyone who changed this decision, by subject (with their user name): by hand, or by recomputing the proposal.
     * {@link #updatedBy} keeps only the last of them; four eyes needs them all, since none may approve the set.
     */
    @ElementCollection
    @CollectionTable(name = "decision_editor", joinColumns = @JoinColumn(name = "decision_id"))
    @MapKeyColumn(name = "subject")
    @Column(name = "username", nullable = false)
    public Map<String, String> editors = new HashMap<>();

    @Column(nullable = false)
    public boolean finalised;

    @Version
    public long version;
}
