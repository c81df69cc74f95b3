package fr.amiengine.admissibility;

import fr.amiengine.integrity.Difference;
import fr.amiengine.integrity.Ledger;
import fr.amiengine.integrity.LedgerChain;
import fr.amiengine.integrity.LedgerLine;
import fr.amiengine.integrity.LedgerWriter;
import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tamper-evident record of every admissibility decision: one line per review, appended in the review's
 * transaction, chained per campaign like the score and decision ledgers; the verification compares each line with its
 * live {@code admissibility_review} row, field by field.
 */
@ApplicationScoped
public class AdmissibilityLedger implements Ledger, PersonalDataHolder {

    @Inject
    LedgerWriter writer;

    @Inject
    AdmissibilityReviewRepository reviews;

    /** Appends the line of a review just persisted (its id set); locks the campaign's row. */
    public void record(AdmissibilityReview review) {
        AdmissibilityLedgerEntry entry = new AdmissibilityLedgerEntry();
        entry.reviewId = review.id;
        entry.reference = review.candidature.reference;
        entry.outcome = review.outcome;
        entry.reason = review.reason;
        entry.correctionDueAt = review.correctionDueAt;
        entry.actor = review.decidedBy;
        entry.at = review.decidedAt;
        writer.append(review.candidature.campaign, AdmissibilityLedgerEntry.class, List.of(entry));
    }

    @Override
    public LedgerChain chain() {
        return LedgerChain.ADMISSIBILITY;
    }

    @Override
    public List<AdmissibilityLedgerEntry> lines(Long campaignId) {
        return writer.lines(AdmissibilityLedgerEntry.class, campaignId);
    }

    @Override
    public List<Difference> differences(Long campaignId, List<? extends LedgerLine> lines) {
        Map<Long, AdmissibilityLedgerEntry> byReview = new LinkedHashMap<>();
        lines.forEach(l -> byReview.put(((AdmissibilityLedgerEntry) l).reviewId, (AdmissibilityLedgerEntry) l));
        List<Difference> differences = new ArrayList<>();
        List<AdmissibilityReview> live = reviews.getEntityManager().createQuery("select r from AdmissibilityReview r "
                + "join fetch r.candidature c where c.campaign.id = ?1 order by r.id", AdmissibilityReview.class)
                .setParameter(1, campaignId).getResultList();
        for (AdmissibilityReview r : live) {
            String reference = r.candidature.reference;
            AdmissibilityLedgerEntry e = byReview.remove(r.id);
            if (e == null) {
                // reviews made before the ledger existed have no line: the chain starts after them
                continue;
            }
            compare(differences, reference, "issue de l’examen", e, label(e.outcome), label(r.outcome));
            compare(differences, reference, "motif", e, e.reason, r.reason);
            compare(differences, reference, "échéance de la correction", e, Objects.toString(e.correctionDueAt, null),
                    Objects.toString(r.correctionDueAt, null));
            compare(differences, reference, "date de l’examen", e, e.at.toString(), r.decidedAt.toString());
            if (!e.actorErased() && !LedgerLine.ERASED.equals(r.decidedBy)) {
                compare(differences, reference, "auteur de l’examen", e, e.actor, r.decidedBy);
            }
        }
        byReview.values().forEach(e -> differences.add(new Difference(e.reference, "examen de recevabilité du "
                + fr.amiengine.shared.FrenchFormat.dateTime(e.at), label(e.outcome), Difference.ABSENT, e.id)));
        return differences;
    }

    private static String label(AdmissibilityOutcome outcome) {
        return switch (outcome) {
            case ADMISSIBLE -> "Recevable";
            case INADMISSIBLE -> "Irrecevable";
            case CORRECTION_REQUESTED -> "Correction demandée";
        };
    }

    private static void compare(List<Difference> differences, String reference, String field, AdmissibilityLedgerEntry e,
                                String chained, String live) {
        if (!Objects.equals(chained, live)) {
            differences.add(new Difference(reference, field + " (examen " + e.reviewId + ")", chained, live, e.id));
        }
    }

    @Override
    public String description() {
        return "Registre de la recevabilité\u00a0: le compte de chaque administrateur nommé est effacé, la chaîne reste "
                + "vérifiable par l’empreinte du compte.";
    }

    @Override
    @Transactional
    public int erase(Long campaignId) {
        return writer.eraseActors(AdmissibilityLedgerEntry.class, campaignId);
    }
}
