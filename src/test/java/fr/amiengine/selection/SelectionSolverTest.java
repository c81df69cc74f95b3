package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.selection.SelectionSolver.Candidate;
import fr.amiengine.selection.SelectionSolver.FamilyBound;
import fr.amiengine.selection.SelectionSolver.Scope;
import fr.amiengine.selection.SelectionSolver.TrackLimit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionSolverTest {

    private static final List<FamilyBound> NO_BOUNDS = List.of();

    @Test
    void withSeatsAloneTakesTheTopOfEachTrack() {
        List<Candidate> ranked = List.of(c("A1", "A", "F", 9000, null), c("B1", "B", "F", 8800, null),
                c("A2", "A", "F", 8500, null), c("A3", "A", "F", 8000, null), c("B2", "B", "F", 7000, null));

        Set<String> selected = SelectionSolver.solve(ranked, List.of(new TrackLimit("A", "A", 2, null),
                new TrackLimit("B", "B", 1, null)), NO_BOUNDS, Scope.SEATS);

        assertThat(selected).containsExactly("A1", "B1", "A2");
    }

    @Test
    void prefersTheBetterRankedFileAtEqualScore() {
        List<Candidate> ranked = List.of(c("FIRST", "A", "F", 7000, null), c("SECOND", "A", "F", 7000, null));

        assertThat(SelectionSolver.solve(ranked, List.of(new TrackLimit("A", "A", 1, null)), NO_BOUNDS, Scope.SEATS))
                .containsExactly("FIRST");
    }

    @Test
    void aBudgetGivesTheSeatToFilesThatFitWhenTheirTotalScoreIsHigher() {
        // 1 000 000 € for 2 seats: the best file alone takes 900 000 €; the 2nd and 3rd fit together.
        List<Candidate> ranked = List.of(c("BIG", "A", "F", 9000, 900_000L), c("MID", "A", "F", 8000, 500_000L),
                c("LOW", "A", "F", 7000, 400_000L));
        List<TrackLimit> track = List.of(new TrackLimit("A", "A", 2, 1_000_000L));

        assertThat(SelectionSolver.solve(ranked, track, NO_BOUNDS, Scope.SEATS)).containsExactly("BIG", "MID");
        assertThat(SelectionSolver.solve(ranked, track, NO_BOUNDS, Scope.SEATS_AND_BUDGETS)).containsExactly("MID", "LOW");
    }

    @Test
    void aFamilyMinimumBringsInItsBestFile() {
        List<Candidate> ranked = List.of(c("X1", "A", "DOCS", 9000, null), c("X2", "A", "DOCS", 8500, null),
                c("Y1", "A", "DATA", 6000, null), c("Y2", "A", "DATA", 5000, null));
        List<FamilyBound> bounds = List.of(new FamilyBound("DATA", "Données", 1, null));

        assertThat(SelectionSolver.solve(ranked, List.of(new TrackLimit("A", "A", 2, null)), bounds, Scope.ALL))
                .containsExactly("X1", "Y1");
    }

    @Test
    void namesTheFamilyWhoseMinimumCannotBeMet() {
        List<Candidate> ranked = List.of(c("X1", "A", "DOCS", 9000, null), c("Y1", "A", "DATA", 6000, null));
        List<FamilyBound> bounds = List.of(new FamilyBound("DATA", "Données", 2, null));

        assertThatThrownBy(() -> SelectionSolver.solve(ranked, List.of(new TrackLimit("A", "A", 3, null)), bounds, Scope.ALL))
                .isInstanceOf(SelectionSolver.InfeasibleException.class)
                .hasMessage("La famille «\u00a0Données\u00a0» doit compter au moins 2 lauréats, mais un seul de ses dossiers est éligible.");
    }

    @Test
    void saysWhichConstraintsClashWhenNoSelectionHoldsThemAll() {
        // Two DATA files of 600 000 € each must be retained, with a budget of 1 000 000 €.
        List<Candidate> ranked = List.of(c("Y1", "A", "DATA", 9000, 600_000L), c("Y2", "A", "DATA", 8000, 600_000L));
        List<FamilyBound> bounds = List.of(new FamilyBound("DATA", "Données", 2, null));

        assertThatThrownBy(() -> SelectionSolver.solve(ranked, List.of(new TrackLimit("A", "A", 2, 1_000_000L)), bounds, Scope.ALL))
                .isInstanceOf(SelectionSolver.InfeasibleException.class)
                .hasMessageContaining("«\u00a0Données\u00a0» au moins 2");
    }

    @Test
    void findsTheSameOptimumAsAnExhaustiveSearchOnRandomCampaigns() {
        Random random = new Random(20261122);
        for (int round = 0; round < 60; round++) {
            int n = 6 + random.nextInt(9);
            List<Candidate> ranked = new ArrayList<>();
            long score = 10_000;
            for (int i = 0; i < n; i++) {
                score -= random.nextInt(3) * 50L; // ties happen
                ranked.add(c("F" + i, random.nextBoolean() ? "A" : "B", "FAM" + random.nextInt(3), score,
                        50_000L + random.nextInt(20) * 25_000L));
            }
            List<TrackLimit> tracks = List.of(new TrackLimit("A", "A", 1 + random.nextInt(4), 300_000L + random.nextInt(8) * 100_000L),
                    new TrackLimit("B", "B", 1 + random.nextInt(4), null));
            List<FamilyBound> bounds = List.of(new FamilyBound("FAM0", "Famille 0", random.nextInt(2), null),
                    new FamilyBound("FAM1", "Famille 1", null, 1 + random.nextInt(2)));

            Set<String> expected = exhaustive(ranked, tracks, bounds);
            if (expected == null) {
                assertThatThrownBy(() -> SelectionSolver.solve(ranked, tracks, bounds, Scope.ALL))
                        .as("tour " + round).isInstanceOf(SelectionSolver.InfeasibleException.class);
            } else {
                assertThat(SelectionSolver.solve(ranked, tracks, bounds, Scope.ALL)).as("tour " + round)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /** The best feasible subset by the same objective, by trying them all; null when none is feasible. */
    private static Set<String> exhaustive(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> bounds) {
        int n = ranked.size();
        long best = -1;
        Set<String> bestSet = null;
        for (int mask = 0; mask < (1 << n); mask++) {
            boolean feasible = true;
            for (TrackLimit t : tracks) {
                int seats = 0;
                long spent = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask >> i & 1) == 1 && ranked.get(i).track().equals(t.code())) {
                        seats++;
                        spent += ranked.get(i).amount();
                    }
                }
                feasible &= seats <= t.seats() && (t.budget() == null || spent <= t.budget());
            }
            for (FamilyBound f : bounds) {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask >> i & 1) == 1 && ranked.get(i).family().equals(f.code())) {
                        count++;
                    }
                }
                feasible &= (f.min() == null || count >= f.min()) && (f.max() == null || count <= f.max());
            }
            if (!feasible) {
                continue;
            }
            long value = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    value += ranked.get(i).scoreHundredths() * (n + 1L) + (n - i);
                }
            }
            if (value > best) {
                best = value;
                bestSet = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    if ((mask >> i & 1) == 1) {
                        bestSet.add(ranked.get(i).reference());
                    }
                }
            }
        }
        return bestSet;
    }

    private static Candidate c(String reference, String track, String family, long score, Long amount) {
        return new Candidate(reference, track, family, score, amount);
    }
}
