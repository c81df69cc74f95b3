package fr.amiengine.admissibility;

import fr.amiengine.integrity.LedgerLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admissibility decision as the chained ledger keeps it: one line per {@link AdmissibilityReview}. */
@Entity
@Table(name = "admissibility_ledger")
public class AdmissibilityLedgerEntry extends LedgerLine {

    @Column(name = "review_id", nullable = false)
    public Long reviewId;

    @Column(nullable = false, length = 60)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public AdmissibilityOutcome outcome;

    @Column(length = 4000)
    public String reason;

    @Column(name = "correction_due_at")
    public Instant correctionDueAt;

    @Override
    protected Object[] fields(Object actor) {
        return new Object[] {previousHash, campaignId, reviewId, reference, outcome, reason, correctionDueAt, actor, at};
    }

    @Override
    public String file() {
        return reference;
    }

    @Override
    public String describe() {
        return "examen de recevabilité";
    }
}
