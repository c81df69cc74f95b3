package fr.amiengine.evaluation.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A file's submitted evaluations and their consolidation. Evaluators see it only after submitting their own, with
 * the other members named by a number and without the normalised scores (null), which are computed from other files
 * and other members; administrators see names and normalisation.
 */
public record FileEvaluationsView(String reference, List<Submitted> evaluations, Consolidated consolidation) {

    public record Submitted(String evaluator, boolean mine, Instant submittedAt, List<Line> scores, BigDecimal total,
                            BigDecimal normalisedTotal, String normalisation) {
    }

    public record Line(String criterion, String label, BigDecimal score, String justification) {
    }

    public record Consolidated(BigDecimal rawScore, BigDecimal normalisedScore, boolean eligible, boolean disagreement,
                               String disagreementDetail, List<CriterionMean> criteria, String consensusNote, String minorityView,
                               Instant consolidatedAt) {
    }

    public record CriterionMean(String criterion, String label, BigDecimal mean, BigDecimal threshold, boolean met, BigDecimal spread) {
    }
}
