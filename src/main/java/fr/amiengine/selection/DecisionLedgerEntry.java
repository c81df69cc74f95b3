package fr.amiengine.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the decision ledger, chained by hashes per campaign like the score ledger. */
@Entity
@Table(name = "decision_ledger")
public class DecisionLedgerEntry {

    /** What happened: a proposal, an administrator's change, the submission, the approval or its refusal. */
    public enum Event { PROPOSED, DECIDED, SUBMITTED, APPROVED, SENT_BACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    /** The file, or null for an event of the whole campaign. */
    @Column(length = 60)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Event event;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public DecisionOutcome outcome;

    @Column(length = 4000)
    public String motivation;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    @Column(name = "previous_hash", nullable = false, length = 64)
    public String previousHash;

    @Column(nullable = false, length = 64)
    public String hash;
}
