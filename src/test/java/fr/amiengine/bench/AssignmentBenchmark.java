package fr.amiengine.bench;

import com.google.ortools.Loader;
import fr.amiengine.evaluation.assignment.AssignmentSolver;
import fr.amiengine.evaluation.assignment.AssignmentSolver.FileNeed;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Reviewer;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Solution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Measures the automatic assignment ({@link AssignmentSolver}, OR-Tools' min-cost flow) beside the solver it replaced
 * ({@link BaselineAssignmentSolver}), in the same run, from the 2025 AMI's size (435 files, 12 members) to a hundred
 * times it (43,500 × 120): {@code ./mvnw -Pbench} prints the medians, their ratio, the load spread, the conflicts broken
 * (always 0) and whether both found a flow of the same cost (both exact: they must). Every tenth file conflicts with one
 * member; each member knows two of the eight families. The former solver gets one cold run at 4,350 × 60 (more than
 * two minutes) and is stopped after {@value #BASELINE_LIMIT_SECONDS} s at 43,500 × 120, where it would run for hours:
 * the table then says how much of the flow it had routed.
 */
public final class AssignmentBenchmark {

    static final int BASELINE_LIMIT_SECONDS = 60;

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) {
        long loading = System.nanoTime();
        Loader.loadNativeLibraries();
        System.out.printf("Bibliothèque native d’OR-Tools dépaquetée et chargée (une fois par JVM) en %.0f ms%n",
                (System.nanoTime() - loading) / 1e6);
        System.out.println("Affectation automatique (flot de coût minimal)\u00a0: avant (notre flot, plus courts chemins successifs)"
                + " et après (OR-Tools MinCostFlow), médianes en ms");
        System.out.printf("%-30s %14s %12s %10s %8s %6s %9s %10s%n", "dossiers × évaluateurs", "avant", "après", "rapport",
                "mesures", "écart", "conflits", "même coût");
        measure(435, 12, 2, new Runs(5, 20), new Runs(2, 5));
        measure(435, 12, 3, new Runs(5, 20), new Runs(2, 5));
        measure(1_000, 25, 2, new Runs(5, 20), new Runs(1, 3));
        measure(4_350, 60, 2, new Runs(2, 5), new Runs(0, 1));
        measure(43_500, 120, 2, new Runs(1, 3), null);
    }

    /** Warm-up rounds, then measured ones. */
    record Runs(int warmUp, int measured) {
    }

    private static void measure(int fileCount, int memberCount, int perFile, Runs after, Runs before) {
        List<FileNeed> files = files(fileCount, perFile, memberCount);
        List<Reviewer> members = members(memberCount);

        Solution solution = null;
        for (int i = 0; i < after.warmUp(); i++) {
            solution = AssignmentSolver.solve(files, members);
        }
        double[] afterMillis = new double[after.measured()];
        for (int i = 0; i < after.measured(); i++) {
            long start = System.nanoTime();
            solution = AssignmentSolver.solve(files, members);
            afterMillis[i] = (System.nanoTime() - start) / 1e6;
        }

        String beforeCell;
        String ratio;
        String sameCost;
        if (before != null) {
            Solution baseline = null;
            long noDeadline = Long.MAX_VALUE;
            for (int i = 0; i < before.warmUp(); i++) {
                baseline = BaselineAssignmentSolver.solve(files, members, noDeadline);
            }
            double[] beforeMillis = new double[before.measured()];
            for (int i = 0; i < before.measured(); i++) {
                long start = System.nanoTime();
                baseline = BaselineAssignmentSolver.solve(files, members, noDeadline);
                beforeMillis[i] = (System.nanoTime() - start) / 1e6;
            }
            beforeCell = String.format("%.1f", median(beforeMillis));
            ratio = String.format("× %.0f", median(beforeMillis) / median(afterMillis));
            sameCost = cost(baseline, files, members) == cost(solution, files, members) ? "oui" : "NON";
        } else {
            long start = System.nanoTime();
            try {
                BaselineAssignmentSolver.solve(files, members, start + TimeUnit.SECONDS.toNanos(BASELINE_LIMIT_SECONDS));
                beforeCell = String.format("%.1f", (System.nanoTime() - start) / 1e6);
            } catch (BaselineAssignmentSolver.StoppedException stopped) {
                beforeCell = String.format("> %d s (%d %%)", BASELINE_LIMIT_SECONDS, 100L * stopped.routed / stopped.wanted);
            }
            ratio = String.format("> × %.0f", BASELINE_LIMIT_SECONDS * 1000 / median(afterMillis));
            sameCost = "—";
        }

        IntSummary loads = IntSummary.of(solution.loads().values());
        long conflicts = solution.picks().stream()
                .filter(p -> files.get(Integer.parseInt(p.reference().substring(1))).conflicted().contains(p.evaluatorId()))
                .count();
        System.out.printf("%-30s %14s %12.1f %10s %8s %6d %9d %10s%n",
                String.format("%,d × %d (%d par dossier)", fileCount, memberCount, perFile), beforeCell, median(afterMillis),
                ratio, (before == null ? 1 : before.measured()) + "/" + after.measured(), loads.max - loads.min, conflicts,
                sameCost);
        if (before == null) {
            System.out.printf("    (avant\u00a0: arrêté après %d s, la part du flot routée entre parenthèses\u00a0; une mesure d’après sur %d"
                    + " a pris de %.0f à %.0f ms)%n", BASELINE_LIMIT_SECONDS, after.measured(), min(afterMillis), max(afterMillis));
        }
    }

    /** The objective both solvers minimise: the loads' staircase costs (k·B for a k-th file) plus the non-expert picks. */
    private static long cost(Solution solution, List<FileNeed> files, List<Reviewer> members) {
        long balanceUnit = files.stream().mapToInt(FileNeed::needed).sum() + 1L;
        long cost = solution.picks().stream().filter(p -> !p.expert()).count();
        for (Reviewer member : members) {
            long load = solution.loads().get(member.id());
            cost += balanceUnit * (load * (load + 1) / 2 - (long) member.currentLoad() * (member.currentLoad() + 1) / 2);
        }
        return cost;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static List<FileNeed> files(int count, int perFile, int members) {
        List<FileNeed> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(new FileNeed("F" + i, "FAM" + (i % 8), perFile, i % 10 == 0 ? Set.of("E" + (i % members)) : Set.of(), Set.of()));
        }
        return files;
    }

    private static List<Reviewer> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(e -> new Reviewer("E" + e, "Évaluateur " + e, Set.of("FAM" + (e % 8), "FAM" + ((e + 3) % 8)), null, 0))
                .toList();
    }

    private record IntSummary(int min, int max) {
        static IntSummary of(java.util.Collection<Integer> values) {
            return new IntSummary(values.stream().mapToInt(Integer::intValue).min().orElse(0),
                    values.stream().mapToInt(Integer::intValue).max().orElse(0));
        }
    }
}
