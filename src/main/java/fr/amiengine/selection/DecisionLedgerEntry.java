package fr.amiengine.selection;

import fr.amiengine.integrity.LedgerLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One line of the decision ledger, chained by hashes per campaign like the score ledger ({@link LedgerLine}). */
@Entity
@Table(name = "decision_ledger")
public class DecisionLedgerEntry extends LedgerLine {

    /** What happened: a proposal, an administrator's change, the submission, the approval or its refusal. */
    public enum Event { PROPOSED, DECIDED, SUBMITTED, APPROVED, SENT_BACK }

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

    @Override
    protected Object[] fields(Object actor) {
        return new Object[] {previousHash, campaignId, reference, event.name(), outcome, motivation, actor, at};
    }

    @Override
    public String file() {
        return reference;
    }

    @Override
    public String describe() {
        return switch (event) {
            case PROPOSED -> "proposition";
            case DECIDED -> "décision";
            case SUBMITTED -> "soumission à l’approbation";
            case APPROVED -> "approbation";
            case SENT_BACK -> "renvoi en délibération";
        };
    }
}
