package fr.amiengine.bench;

import fr.amiengine.evaluation.assignment.AssignmentSolver;
import fr.amiengine.evaluation.assignment.AssignmentSolver.FileNeed;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Reviewer;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Solution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Measures the automatic assignment ({@link AssignmentSolver}) on committees of the 2025 AMI's size and larger:
 * {@code ./mvnw -Pbench} prints the run time per size (after a warm-up), the load spread and the conflicts broken
 * (always 0). Every tenth file conflicts with one member; each member knows two of the eight families.
 */
public final class AssignmentBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("Affectation automatique (flot de coût minimal), %d mesures après %d tours de chauffe%n", RUNS, WARM_UP);
        System.out.printf("%-28s %10s %10s %10s %8s %9s%n", "dossiers × évaluateurs", "min (ms)", "médiane", "max (ms)", "écart", "conflits");
        measure(435, 12, 2);
        measure(435, 12, 3);
        measure(1_000, 25, 2);
    }

    private static void measure(int fileCount, int memberCount, int perFile) {
        List<FileNeed> files = files(fileCount, perFile, memberCount);
        List<Reviewer> members = members(memberCount);
        Solution solution = null;
        for (int i = 0; i < WARM_UP; i++) {
            solution = AssignmentSolver.solve(files, members);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            solution = AssignmentSolver.solve(files, members);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        IntSummary loads = IntSummary.of(solution.loads().values());
        long conflicts = solution.picks().stream()
                .filter(p -> files.get(Integer.parseInt(p.reference().substring(1))).conflicted().contains(p.evaluatorId()))
                .count();
        System.out.printf("%-28s %10.1f %10.1f %10.1f %8d %9d%n",
                fileCount + " × " + memberCount + " (" + perFile + " par dossier)",
                millis[0], millis[RUNS / 2], millis[RUNS - 1], loads.max - loads.min, conflicts);
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
