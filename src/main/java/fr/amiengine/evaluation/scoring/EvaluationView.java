package fr.amiengine.evaluation.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An evaluation as its evaluator (or an administrator) reads it, criterion by criterion, with its total. */
public record EvaluationView(Long assignmentId, String reference, String campaignCode, String evaluator, EvaluationState state,
                             Instant dueAt, boolean late, Instant submittedAt, List<ScoreView> scores, BigDecimal total) {

    public record ScoreView(String criterion, String label, BigDecimal score, String justification, BigDecimal scaleMin,
                            BigDecimal scaleMax, BigDecimal scaleStep, String guidance) {

        /** The scores a person may choose, step by step. */
        public List<fr.amiengine.web.Option> scaleOptions() {
            return ScoringPage.scale(scaleMin, scaleMax, scaleStep);
        }
    }
}
