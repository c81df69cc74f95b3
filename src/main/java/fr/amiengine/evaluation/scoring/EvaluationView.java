package fr.amiengine.evaluation.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An evaluation as its evaluator (or an administrator) reads it, criterion by criterion, with its total. */
public record EvaluationView(Long assignmentId, String reference, String campaignCode, String evaluator, EvaluationState state,
                             Instant dueAt, boolean late, Instant submittedAt, List<ScoreView> scores, BigDecimal total) {

    /**
     * @param weight    the criterion's weight in the campaign's published grid, in per cent
     * @param threshold the score below which a file cannot be retained, {@code null} when the criterion has none
     */
    public record ScoreView(String criterion, String label, BigDecimal score, String justification, BigDecimal scaleMin,
                            BigDecimal scaleMax, BigDecimal scaleStep, String guidance, BigDecimal weight,
                            BigDecimal threshold) {

        /** The scores a person may choose, step by step. */
        public List<fr.amiengine.web.Option> scaleOptions() {
            return ScoringPage.scale(scaleMin, scaleMax, scaleStep);
        }
    }
}
