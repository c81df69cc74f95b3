package fr.amiengine.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the score ledger: who changed what, when, from which value to which. Lines are chained by hashes
 * per campaign, so that a line altered or removed afterwards shows.
 */
@Entity
@Table(name = "score_ledger")
public class ScoreLedgerEntry {

    /** What happened to the evaluation. */
    public enum Event { SCORE, JUSTIFICATION, SUBMITTED, REOPENED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Column(nullable = false, length = 60)
    public String reference;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Event event;

    @Column(name = "criterion_key", length = 20)
    public String criterionKey;

    @Column(name = "old_value", length = 4000)
    public String oldValue;

    @Column(name = "new_value", length = 4000)
    public String newValue;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    @Column(length = 2000)
    public String reason;

    @Column(name = "previous_hash", nullable = false, length = 64)
    public String previousHash;

    @Column(nullable = false, length = 64)
    public String hash;
}
