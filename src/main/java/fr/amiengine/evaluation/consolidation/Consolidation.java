package fr.amiengine.evaluation.consolidation;

import fr.amiengine.evaluation.scoring.ScoreGrid;
import fr.amiengine.evaluation.scoring.ScoreGrid.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consolidation of one file's evaluations (see docs/evaluation.md). An evaluator's total is
 * {@link ScoreGrid#total}: the weighted mean of their scores, each placed on 0–1 within its own scale, out of 100. The
 * file's raw score is the mean of its evaluators' totals; each criterion's mean is compared with its threshold, on
 * the criterion's own scale. Evaluators disagree when, on any criterion, the gap between the highest and the
 * lowest score exceeds the campaign's spread, expressed as a share of the criterion's scale. (The gap between
 * totals is a weighted mean of those gaps, so it can exceed the spread only if some criterion does: no separate
 * check is needed.)
 */
public final class Consolidation {

    /** One evaluator's submitted scores on a file, by criterion key. */
    public record Evaluation(String evaluatorId, Map<String, BigDecimal> scores) {
    }

    /** The mean of a criterion and whether it reaches the threshold (true without threshold). */
    public record CriterionResult(String key, String label, BigDecimal mean, BigDecimal threshold, boolean met,
                                  BigDecimal spread) {
    }

    public record Result(List<CriterionResult> criteria, Map<String, BigDecimal> totals, BigDecimal rawScore,
                         boolean eligible, boolean disagreement, String disagreementDetail) {
    }

    private Consolidation() {
    }

    /**
     * @param spread the largest accepted gap between two evaluators, as a share of the scale (0.3 = 30 %)
     */
    public static Result consolidate(List<Criterion> grid, List<Evaluation> evaluations, BigDecimal spread) {
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("aucune évaluation à consolider");
        }
        List<CriterionResult> criteria = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        boolean eligible = true;
        for (Criterion criterion : grid) {
            List<BigDecimal> scores = evaluations.stream().map(e -> e.scores().get(criterion.key())).toList();
            BigDecimal mean = mean(scores, 2);
            BigDecimal gap = max(scores).subtract(min(scores));
            boolean met = criterion.threshold() == null || mean.compareTo(criterion.threshold()) >= 0;
            eligible &= met;
            criteria.add(new CriterionResult(criterion.key(), criterion.label(), mean, criterion.threshold(), met, gap));
            BigDecimal allowed = spread.multiply(criterion.scaleMax().subtract(criterion.scaleMin()));
            if (evaluations.size() > 1 && gap.compareTo(allowed) > 0) {
                gaps.add(criterion.label() + "\u00a0: écart de " + ScoreGrid.plain(gap) + " pour " + ScoreGrid.plain(allowed) + " admis");
            }
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        evaluations.forEach(e -> totals.put(e.evaluatorId(), ScoreGrid.total(grid, e.scores())));
        return new Result(criteria, totals, mean(new ArrayList<>(totals.values()), 2), eligible, !gaps.isEmpty(),
                String.join("\u00a0; ", gaps));
    }

    static BigDecimal mean(List<BigDecimal> values, int scale) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal max(java.util.Collection<BigDecimal> values) {
        return values.stream().max(BigDecimal::compareTo).orElseThrow();
    }

    private static BigDecimal min(java.util.Collection<BigDecimal> values) {
        return values.stream().min(BigDecimal::compareTo).orElseThrow();
    }
}
