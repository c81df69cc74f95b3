package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.selection.Ranking.Entry;
import fr.amiengine.selection.Ranking.Ranked;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void ranksByScoreThenImpactThenMaturityThenSubmissionTime() {
        List<Ranked> ranked = Ranking.rank(List.of(
                entry("LATE", "70", "4", "3", T.plusSeconds(60)),
                entry("EARLY", "70", "4", "3", T),
                entry("MATURE", "70", "4", "4", T.plusSeconds(120)),
                entry("IMPACT", "70", "4.5", "1", T.plusSeconds(180)),
                entry("TOP", "80", "1", "1", T.plusSeconds(240))), "note brute");

        assertThat(ranked).extracting(r -> r.entry().reference()).containsExactly("TOP", "IMPACT", "MATURE", "EARLY", "LATE");
        assertThat(ranked).extracting(Ranked::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranked.get(1).explanation()).isEqualTo("Classé 2e sur 5 dossiers éligibles du volet «\u00a0Technique\u00a0» avec 70 "
                + "sur 100 (note brute). Le dossier classé juste devant a 80. Le dossier classé juste derrière a la même note\u00a0; "
                + "ils sont départagés par la moyenne sur l’impact (4,5 contre 4).");
        assertThat(ranked.get(3).explanation()).contains("départagés par la date de dépôt (le 1er\u00a0mars 2025");
    }

    @Test
    void leavesAFileBelowAThresholdUnrankedAndSaysWhy() {
        Entry below = new Entry("BELOW", "T", "Technique", "F", new BigDecimal("95"),
                "la moyenne sur «\u00a0Conformité\u00a0» (2) est sous le seuil de 2,5.", BigDecimal.ONE, BigDecimal.ONE, T);
        List<Ranked> ranked = Ranking.rank(List.of(below, entry("OK", "50", "2", "2", T)), "note brute");

        assertThat(ranked).extracting(r -> r.entry().reference()).containsExactly("OK", "BELOW");
        assertThat(ranked.get(1).position()).isNull();
        assertThat(ranked.get(1).explanation()).startsWith("Non classé\u00a0: la moyenne sur «\u00a0Conformité\u00a0» (2) est sous le seuil");
        assertThat(ranked.get(0).explanation()).startsWith("Classé 1er sur 1 dossier éligible");
    }

    private static Entry entry(String reference, String score, String impact, String maturity, Instant at) {
        return new Entry(reference, "T", "Technique", "F", new BigDecimal(score), null, new BigDecimal(impact),
                new BigDecimal(maturity), at);
    }
}
