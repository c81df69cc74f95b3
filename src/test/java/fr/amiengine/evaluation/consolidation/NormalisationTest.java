package fr.amiengine.evaluation.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.amiengine.evaluation.consolidation.Normalisation.Normalised;
import fr.amiengine.evaluation.consolidation.Normalisation.Raw;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void bringsALenientAndAHarshEvaluatorOfTheSameFilesTogether() {
        List<Raw> totals = new ArrayList<>();
        String[] files = {"F1", "F2", "F3", "F4", "F5", "F6"};
        double[] merit = {60, 70, 50, 80, 65, 55};
        for (int i = 0; i < files.length; i++) {
            totals.add(new Raw("indulgent", files[i], merit[i] + 20));
            totals.add(new Raw("severe", files[i], merit[i] - 20));
        }

        List<Normalised> normalised = Normalisation.normalise(totals);

        for (String file : files) {
            double lenient = of(normalised, "indulgent", file).normalised();
            double harsh = of(normalised, "severe", file).normalised();
            double rawGap = of(normalised, "indulgent", file).raw() - of(normalised, "severe", file).raw();
            assertThat(rawGap).isEqualTo(40);
            // 6 files each: weight 6/9, so two thirds of the 40-point bias disappears.
            assertThat(lenient - harsh).isCloseTo(40.0 / 3, within(0.01));
        }
    }

    @Test
    void keepsTheRankingOfOneEvaluator() {
        List<Normalised> normalised = Normalisation.normalise(List.of(
                new Raw("A", "F1", 40), new Raw("A", "F2", 60), new Raw("A", "F3", 80),
                new Raw("B", "F1", 50), new Raw("B", "F2", 55), new Raw("B", "F3", 60)));

        assertThat(of(normalised, "A", "F1").normalised()).isLessThan(of(normalised, "A", "F2").normalised());
        assertThat(of(normalised, "A", "F2").normalised()).isLessThan(of(normalised, "A", "F3").normalised());
    }

    @Test
    void barelyMovesTheScoreOfAnEvaluatorWithASingleFile() {
        List<Normalised> normalised = Normalisation.normalise(List.of(
                new Raw("A", "F1", 90), new Raw("B", "F1", 40), new Raw("B", "F2", 60), new Raw("B", "F3", 50)));

        Normalised single = of(normalised, "A", "F1");
        // z = 0 for a single file: full normalisation would give the campaign mean (60); weight 1/4 keeps 3/4 of 90.
        assertThat(single.normalised()).isCloseTo(0.25 * 60 + 0.75 * 90, within(0.01));
        assertThat(single.explanation()).contains("1/(1+3) = 0,25", "note brute 90,00");
    }

    private static Normalised of(List<Normalised> list, String evaluator, String file) {
        return list.stream().filter(n -> n.evaluatorId().equals(evaluator) && n.reference().equals(file)).findFirst().orElseThrow();
    }
}
