package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {

    @Test
    void writesTheFirstOfTheMonthAsPremierAndKeepsTheDayWithItsMonth() {
        assertThat(FrenchFormat.date(LocalDate.of(2026, 12, 1))).isEqualTo("1er\u00a0décembre 2026");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 12, 2))).isEqualTo("2\u00a0décembre 2026");
        assertThat(FrenchFormat.date((LocalDate) null)).isEmpty();
    }

    @Test
    void readsInstantsInParisTime() {
        // 23:30 UTC on 30 November is already 1 December in Paris
        assertThat(FrenchFormat.date(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo("1er\u00a0décembre 2026");
        assertThat(FrenchFormat.dateTime(Instant.parse("2025-05-30T16:00:00Z"))).isEqualTo("30\u00a0mai 2025 à 18:00");
    }
}
