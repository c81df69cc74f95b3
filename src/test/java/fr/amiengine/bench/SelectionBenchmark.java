package fr.amiengine.bench;

import fr.amiengine.selection.SelectionSolver;
import fr.amiengine.selection.SelectionSolver.Candidate;
import fr.amiengine.selection.SelectionSolver.FamilyBound;
import fr.amiengine.selection.SelectionSolver.Scope;
import fr.amiengine.selection.SelectionSolver.TrackLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Measures the selection proposal ({@link SelectionSolver}, OR-Tools' CP-SAT) beside the solver it replaced
 * ({@link BaselineSelectionSolver}, ojAlgo), in the same run, at ten and a hundred times the 2025 AMI (4,350 and 43,500
 * eligible files): {@code ./mvnw -Pbench} prints the medians with every constraint, their ratio, the count selected,
 * and whether both reached the same objective. Two tracks with seats (15 % and 8 % of the files), a budget on the first
 * that binds, and a minimum for each of the eight families; the last two families score lower, so their minimums move
 * files in. The former solver is stopped after {@value #BASELINE_LIMIT_SECONDS} s. At 43,500 files each solver runs once
 * (CP-SAT needs tens of seconds there). The whole proposal (three solves, what the solver thread runs for a
 * campaign above {@code ami.solver.selection-background-above}) is timed once at both sizes.
 */
public final class SelectionBenchmark {

    static final int BASELINE_LIMIT_SECONDS = 120;

    private SelectionBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("Proposition de sélection (toutes contraintes)\u00a0: avant (ojAlgo) et après (OR-Tools CP-SAT), médianes en ms");
        System.out.printf("%-16s %14s %12s %9s %8s %10s %12s %16s%n", "dossiers", "avant", "après", "rapport", "mesures",
                "retenus", "même optimum", "proposition (3)");
        measure(4_350, 1, 3, 3, true);
        measure(43_500, 0, 1, 1, true);
    }

    private static void measure(int n, int warmUp, int runs, int baselineRuns, boolean wholeProposal) {
        Campaign campaign = campaign(n);
        Set<String> selected = Set.of();
        double[] after = new double[runs];
        try {
            for (int i = 0; i < warmUp; i++) {
                selected = SelectionSolver.solve(campaign.ranked, campaign.tracks, campaign.families, Scope.ALL);
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                selected = SelectionSolver.solve(campaign.ranked, campaign.tracks, campaign.families, Scope.ALL);
                after[i] = (System.nanoTime() - start) / 1e6;
            }
        } catch (SelectionSolver.InfeasibleException timeLimit) {
            selected = null;
        }
        // What a proposal costs: SelectionService solves with seats, then budgets, then family bounds.
        String proposal = "—";
        if (wholeProposal && selected != null) {
            long start = System.nanoTime();
            for (Scope scope : Scope.values()) {
                SelectionSolver.solve(campaign.ranked, campaign.tracks, campaign.families, scope);
            }
            proposal = String.format("%.1f", (System.nanoTime() - start) / 1e6);
        }

        double[] before = new double[baselineRuns];
        BaselineSelectionSolver.Outcome baseline = null;
        for (int i = 0; i < baselineRuns; i++) {
            long begin = System.nanoTime();
            baseline = BaselineSelectionSolver.solve(campaign.ranked, campaign.tracks, campaign.families,
                    BASELINE_LIMIT_SECONDS * 1000L);
            before[i] = (System.nanoTime() - begin) / 1e6;
        }
        boolean baselineOptimal = !baseline.selected().isEmpty();
        double beforeMillis = baselineOptimal ? median(before) : BASELINE_LIMIT_SECONDS * 1000.0;
        String beforeCell = baselineOptimal ? String.format("%.1f", beforeMillis) : String.format("> %d s", BASELINE_LIMIT_SECONDS);
        String afterCell = selected != null ? String.format("%.1f", median(after))
                : String.format("> %.0f s", SelectionSolver.TIME_LIMIT_SECONDS);
        String ratio = selected == null ? "—" : String.format(baselineOptimal ? "× %.1f" : "> × %.1f", beforeMillis / median(after));
        String same = selected == null || !baselineOptimal ? "— (" + baseline.state() + ")"
                : objective(campaign.ranked, baseline.selected()) == objective(campaign.ranked, selected) ? "oui"
                : "NON (" + baseline.selected().size() + ")";
        System.out.printf("%-16s %14s %12s %9s %8s %10s %12s %16s%n", String.format("%,d", n), beforeCell, afterCell, ratio,
                baselineRuns + "/" + runs, selected == null ? "—" : String.valueOf(selected.size()), same, proposal);
    }

    /** The objective both solvers maximise, in exact integers. */
    private static long objective(List<Candidate> ranked, Set<String> selected) {
        int n = ranked.size();
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (selected.contains(ranked.get(i).reference())) {
                total += ranked.get(i).scoreHundredths() * (n + 1L) + (n - i);
            }
        }
        return total;
    }

    private record Campaign(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> families) {
    }

    /** Scores on quarter points (ties happen), amounts from 50,000 to 525,000 €; ranked best first. */
    private static Campaign campaign(int n) {
        Random random = new Random(20261201L + n);
        List<Candidate> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int family = i % 8;
            long score = Math.max(0, 2_000 + random.nextInt(321) * 25L - (family >= 6 ? 1_500 : 0));
            files.add(new Candidate(String.format("AMI-%06d", i), random.nextInt(5) < 3 ? "A" : "B", "FAM" + family, score,
                    50_000L + random.nextInt(20) * 25_000L));
        }
        List<Candidate> ranked = files.stream()
                .sorted(Comparator.comparingLong(Candidate::scoreHundredths).reversed().thenComparing(Candidate::reference))
                .toList();
        int seatsA = n * 15 / 100;
        int seatsB = n * 8 / 100;
        List<TrackLimit> tracks = List.of(new TrackLimit("A", "Accompagnement financé", seatsA, seatsA * 200_000L),
                new TrackLimit("B", "Expérimentation", seatsB, null));
        int minimum = (seatsA + seatsB) / 10;
        List<FamilyBound> families = IntStream.range(0, 8)
                .mapToObj(f -> new FamilyBound("FAM" + f, "Famille " + f, minimum, null)).toList();
        return new Campaign(ranked, tracks, families);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
