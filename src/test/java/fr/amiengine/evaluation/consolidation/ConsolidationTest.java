package fr.amiengine.evaluation.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.evaluation.consolidation.Consolidation.Evaluation;
import fr.amiengine.evaluation.consolidation.Consolidation.Result;
import fr.amiengine.evaluation.scoring.ScoreGrid;
import fr.amiengine.evaluation.scoring.ScoreGrid.Criterion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsolidationTest {

    private static final List<Criterion> GRID = List.of(
            criterion("IMPACT", "Impact", "35", "2"),
            criterion("MATURITY", "Maturité", "25", null),
            criterion("INTEGRABILITY", "Intégrabilité", "20", null),
            criterion("COMPLIANCE", "Conformité", "20", "2.5"));
    private static final BigDecimal SPREAD = new BigDecimal("0.3");

    @Test
    void weighsEachCriterionOnItsOwnScaleOutOfAHundred() {
        // 35 × 4/5 + 25 × 3/5 + 20 × 5/5 + 20 × 2/5 = 28 + 15 + 20 + 8
        assertThat(ScoreGrid.total(GRID, scores("4", "3", "5", "2"))).isEqualByComparingTo("71");
    }

    @Test
    void averagesTheEvaluatorsAndChecksEachThreshold() {
        Result result = Consolidation.consolidate(GRID, List.of(
                new Evaluation("A", scores("4", "3", "5", "2")),
                new Evaluation("B", scores("4", "4", "4", "2.5"))), SPREAD);

        // B: 35 × 4/5 + 25 × 4/5 + 20 × 4/5 + 20 × 2,5/5 = 28 + 20 + 16 + 10
        assertThat(result.totals()).containsEntry("A", new BigDecimal("71.00")).containsEntry("B", new BigDecimal("74.00"));
        assertThat(result.rawScore()).isEqualByComparingTo("72.5");
        assertThat(result.criteria()).filteredOn(c -> c.key().equals("COMPLIANCE"))
                .singleElement().satisfies(c -> {
                    assertThat(c.mean()).isEqualByComparingTo("2.25");
                    assertThat(c.met()).isFalse();
                });
        assertThat(result.eligible()).isFalse();
        assertThat(result.disagreement()).isFalse();
    }

    @Test
    void flagsAGapBeyondTheCampaignsSpreadOnACriterion() {
        Result result = Consolidation.consolidate(GRID, List.of(
                new Evaluation("A", scores("5", "3", "4", "4")),
                new Evaluation("B", scores("3", "3", "4", "4"))), SPREAD);

        assertThat(result.disagreement()).isTrue();
        assertThat(result.disagreementDetail()).contains("Impact\u00a0: écart de 2 pour 1,5 admis");
    }

    @Test
    void acceptsAGapExactlyAtTheSpread() {
        Result result = Consolidation.consolidate(GRID, List.of(
                new Evaluation("A", scores("5", "5", "5", "5")),
                new Evaluation("B", scores("3.5", "3.5", "3.5", "3.5"))), SPREAD);

        assertThat(result.disagreement()).as("1,5 pour 1,5 admis").isFalse();
        assertThat(result.disagreementDetail()).isEmpty();
    }

    private static Map<String, BigDecimal> scores(String impact, String maturity, String integrability, String compliance) {
        return Map.of("IMPACT", new BigDecimal(impact), "MATURITY", new BigDecimal(maturity),
                "INTEGRABILITY", new BigDecimal(integrability), "COMPLIANCE", new BigDecimal(compliance));
    }

    private static Criterion criterion(String key, String label, String weight, String threshold) {
        return new Criterion(key, label, new BigDecimal(weight), BigDecimal.ZERO, new BigDecimal("5"),
                threshold == null ? null : new BigDecimal(threshold));
    }
}
