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

    /**
     * What happened: a proposal, an administrator's change, the submission, the approval or its refusal; after the
     * final decisions, a laureate's renunciation, the waitlisted file proposed in its place, each administrator's
     * approval or rejection of that promotion (four eyes), and the promotion itself (fr.amiengine.waitlist).
     */
    public enum Event {
        PROPOSED, DECIDED, SUBMITTED, APPROVED, SENT_BACK, RENOUNCED, PROMOTION_PROPOSED, PROMOTION_APPROVED,
        PROMOTION_REJECTED, PROMOTED;

        /** The events that change a file's live decision: its outcome and motivation are the last of these. */
        public boolean decides() {
            return this == DECIDED || this == RENOUNCED || this == PROMOTED;
        }

        /** The events about a file that leave its decision as it was (the steps of a promotion before it happens). */
        public boolean informative() {
            return this == PROMOTION_PROPOSED || this == PROMOTION_APPROVED || this == PROMOTION_REJECTED;
        }
    }

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
            case RENOUNCED -> "désistement du lauréat";
            case PROMOTION_PROPOSED -> "proposition de la liste d’attente";
            case PROMOTION_APPROVED -> "approbation de la promotion";
            case PROMOTION_REJECTED -> "rejet de la promotion";
            case PROMOTED -> "promotion depuis la liste d’attente";
        };
    }
}
