package fr.amiengine.evaluation.scoring;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.integrity.Difference;
import fr.amiengine.integrity.Ledger;
import fr.amiengine.integrity.LedgerChain;
import fr.amiengine.integrity.LedgerLine;
import fr.amiengine.integrity.LedgerWriter;
import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tamper-evident record of every score change: each line carries the hash of the previous line of its
 * campaign and its own, so that changing or deleting a line afterwards breaks the chain at that line; the
 * verification ({@code integrity.IntegrityService}) also compares the last value of each criterion with the live
 * {@code evaluation_score} rows.
 */
@ApplicationScoped
public class ScoreLedger implements Ledger, PersonalDataHolder {

    @Inject
    LedgerWriter writer;

    @Inject
    ScoreLedgerEntryRepository chain;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CampaignRepository campaigns;

    /** Appends a line in the caller's transaction; the campaign's row is locked so that two appends never share a predecessor. */
    public void record(Evaluation evaluation, ScoreLedgerEntry.Event event, String criterion, String oldValue,
                       String newValue, String actor, Instant at, String reason) {
        Assignment assignment = evaluation.assignment;
        ScoreLedgerEntry entry = new ScoreLedgerEntry();
        entry.evaluationId = evaluation.id;
        entry.reference = assignment.candidature.reference;
        entry.event = event;
        entry.criterionKey = criterion;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        writer.append(assignment.campaign, ScoreLedgerEntry.class, List.of(entry));
    }

    public List<ScoreLedgerEntry> ofEvaluation(Long evaluationId) {
        return chain.ofEvaluation(evaluationId);
    }

    @Override
    public LedgerChain chain() {
        return LedgerChain.SCORES;
    }

    @Override
    public List<ScoreLedgerEntry> lines(Long campaignId) {
        return writer.lines(ScoreLedgerEntry.class, campaignId);
    }

    /** The last score and justification the chain gives each criterion of each evaluation, against the live rows. */
    @Override
    public List<Difference> differences(Long campaignId, List<? extends LedgerLine> lines) {
        Map<String, ScoreLedgerEntry> lastScore = new LinkedHashMap<>();
        Map<String, ScoreLedgerEntry> lastJustification = new LinkedHashMap<>();
        for (LedgerLine line : lines) {
            ScoreLedgerEntry e = (ScoreLedgerEntry) line;
            if (e.event == ScoreLedgerEntry.Event.SCORE) {
                lastScore.put(e.evaluationId + "/" + e.criterionKey, e);
            } else if (e.event == ScoreLedgerEntry.Event.JUSTIFICATION) {
                lastJustification.put(e.evaluationId + "/" + e.criterionKey, e);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        campaigns.findById(campaignId).criteria.forEach(c -> labels.put(c.key.name(), c.label));
        List<Difference> differences = new ArrayList<>();
        List<EvaluationScore> live = evaluations.getEntityManager().createQuery("select s from EvaluationScore s "
                        + "join fetch s.evaluation v join fetch v.assignment a join fetch a.candidature "
                        + "where a.campaign.id = ?1 order by v.id, s.criterionKey", EvaluationScore.class)
                .setParameter(1, campaignId).getResultList();
        for (EvaluationScore s : live) {
            String key = s.evaluation.id + "/" + s.criterionKey;
            String reference = s.evaluation.assignment.candidature.reference;
            ScoreLedgerEntry score = lastScore.remove(key);
            String chained = score == null ? null : score.newValue;
            if (!sameScore(chained, s.score)) {
                differences.add(new Difference(reference, field("note", labels, s.criterionKey, s.evaluation.id),
                        score == null ? Difference.ABSENT : chained, plain(s.score), score == null ? null : score.id));
            }
            ScoreLedgerEntry justification = lastJustification.remove(key);
            String chainedText = justification == null ? null : justification.newValue;
            if (!Objects.equals(chainedText, s.justification)) {
                differences.add(new Difference(reference, field("justification", labels, s.criterionKey, s.evaluation.id), justification == null ? Difference.ABSENT : chainedText, s.justification,
                        justification == null ? null : justification.id));
            }
        }
        // what the chain still records, and the table no longer holds
        lastScore.values().stream().filter(e -> e.newValue != null).forEach(e -> differences.add(new Difference(e.reference,
                field("note", labels, e.criterionKey, e.evaluationId), e.newValue, Difference.ABSENT, e.id)));
        lastJustification.values().stream().filter(e -> e.newValue != null).forEach(e -> differences.add(new Difference(e.reference,
                field("justification", labels, e.criterionKey, e.evaluationId), e.newValue,
                Difference.ABSENT, e.id)));
        return differences;
    }

    /** « note « Impact attendu… » (évaluation 12) »: the criterion by its label in the campaign's grid. */
    private static String field(String what, Map<String, String> labels, String criterion, Long evaluation) {
        return what + " «\u00a0" + labels.getOrDefault(criterion, criterion) + "\u00a0» (évaluation " + evaluation + ")";
    }

    private static boolean sameScore(String chained, BigDecimal live) {
        if (chained == null || live == null) {
            return chained == null && live == null;
        }
        try {
            return new BigDecimal(chained).compareTo(live) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String description() {
        return "Registre des notes\u00a0: le compte de chaque évaluateur et administrateur nommé est effacé, la chaîne reste "
                + "vérifiable par l’empreinte du compte.";
    }

    @Override
    @Transactional
    public int erase(Long campaignId) {
        return writer.eraseActors(ScoreLedgerEntry.class, campaignId);
    }
}
