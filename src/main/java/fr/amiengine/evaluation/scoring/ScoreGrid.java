package fr.amiengine.evaluation.scoring;

import fr.amiengine.campaign.Campaign;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The campaign's grid as scores are read (see docs/evaluation.md): every criterion score is placed on 0–1 within its
 * own scale, and an evaluator's total is the weighted mean of those, out of 100. The evaluator reads their total on
 * the scoring page, the consolidation averages a file's totals, the exports list them.
 */
public final class ScoreGrid {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A criterion of the grid as scoring and consolidation need it. */
    public record Criterion(String key, String label, BigDecimal weight, BigDecimal scaleMin, BigDecimal scaleMax,
                            BigDecimal threshold) {

        BigDecimal share(BigDecimal score) {
            return score.subtract(scaleMin).divide(scaleMax.subtract(scaleMin), 6, RoundingMode.HALF_UP);
        }
    }

    private ScoreGrid() {
    }

    /** The campaign's criteria, in the grid's order. */
    public static List<Criterion> of(Campaign campaign) {
        return campaign.criteria.stream().map(c -> new Criterion(c.key.name(), c.label, c.weight, c.scaleMin,
                c.scaleMax, c.threshold)).toList();
    }

    /** An evaluator's weighted total out of 100. */
    public static BigDecimal total(List<Criterion> grid, Map<String, BigDecimal> scores) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion criterion : grid) {
            weighted = weighted.add(criterion.weight().multiply(criterion.share(scores.get(criterion.key()))));
            weights = weights.add(criterion.weight());
        }
        return weighted.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
    }

    /** A score or a gap in French notation, without useless zeros: « 2,5 », « 4 ». */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
