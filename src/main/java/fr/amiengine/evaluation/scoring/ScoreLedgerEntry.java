package fr.amiengine.evaluation.scoring;

import fr.amiengine.integrity.LedgerLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One line of the score ledger: who changed what, when, from which value to which. Lines are chained by hashes
 * per campaign, so that a line altered or removed afterwards shows ({@link LedgerLine}).
 */
@Entity
@Table(name = "score_ledger")
public class ScoreLedgerEntry extends LedgerLine {

    /** What happened to the evaluation. */
    public enum Event { SCORE, JUSTIFICATION, SUBMITTED, REOPENED }

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

    @Column(length = 2000)
    public String reason;

    @Override
    protected Object[] fields(Object actor) {
        return new Object[] {previousHash, campaignId, evaluationId, reference, event.name(), criterionKey, oldValue, newValue,
                actor, at, reason};
    }

    @Override
    public String file() {
        return reference;
    }

    @Override
    public String describe() {
        return switch (event) {
            case SCORE -> "note du critère " + criterionKey;
            case JUSTIFICATION -> "justification du critère " + criterionKey;
            case SUBMITTED -> "évaluation soumise";
            case REOPENED -> "évaluation rouverte";
        };
    }
}
