package fr.amiengine.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.observatory.ObservatoryDocument.Months;
import fr.amiengine.observatory.ObservatoryDocument.Quarter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The observatory's figures over time: months since deployment, and every quarter from the first to the last. */
class ObservatoryFiguresTest {

    @Test
    void givesTheMedianOfAnEvenCountAsTheRoundedMeanOfTheTwoMiddleValues() {
        assertThat(ObservatoryService.months(List.of(14, 2))).isEqualTo(new Months(2, 8, 14));
        assertThat(ObservatoryService.months(List.of(5, 1, 3))).isEqualTo(new Months(1, 3, 5));
        assertThat(ObservatoryService.months(List.of())).isEqualTo(new Months(null, null, null));
    }

    @Test
    void countsEveryQuarterFromTheFirstDeploymentToTheLastGapsIncluded() {
        List<Quarter> quarters = ObservatoryService.quarters(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 11, 2),
                LocalDate.of(2026, 7, 1)));
        assertThat(quarters).containsExactly(new Quarter("2025-T4", 2025, 4, 2), new Quarter("2026-T1", 2026, 1, 0),
                new Quarter("2026-T2", 2026, 2, 0), new Quarter("2026-T3", 2026, 3, 1));
        assertThat(ObservatoryService.quarters(List.of())).isEmpty();
    }
}
