package fr.amiengine.selection;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import fr.amiengine.shared.NativeLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best selection under the call's constraints, exactly, as a 0–1 integer programme solved by Google OR-Tools'
 * CP-SAT (see docs/selection.md and docs/performance.md):
 *
 * <pre>
 *   maximise   Σ wᵢ·xᵢ            xᵢ ∈ {0, 1} for each eligible file, wᵢ = score in hundredths × (n + 1) + (n − rank)
 *   subject to Σ_{i ∈ track t} xᵢ ≤ seats(t)                      for every track
 *              Σ_{i ∈ track t} amountᵢ·xᵢ ≤ budget(t)             for every track with a budget
 *              min(f) ≤ Σ_{i ∈ family f} xᵢ ≤ max(f)                for every family with bounds
 * </pre>
 *
 * <p>The weights make the total score the objective and the ranking the tie-breaker (the rank term never outweighs
 * a hundredth of a point), so that with seats alone the result is exactly the top of each track. CP-SAT works in
 * 64-bit integers (the weights of 43,500 files stay below 10⁹, their sum below 10¹⁴) and its objective is an
 * integer, so a solution it reports optimal is the optimum, with no rounding.
 */
public final class SelectionSolver {

    /** An eligible file, in rank order (best first) in the list given to {@link #solve}. */
    public record Candidate(String reference, String track, String family, long scoreHundredths, Long amount) {
    }

    public record TrackLimit(String code, String label, int seats, Long budget) {
    }

    public record FamilyBound(String code, String label, Integer min, Integer max) {
    }

    /** Which constraints take part: seats always. */
    public enum Scope { SEATS, SEATS_AND_BUDGETS, ALL }

    /** No selection can be proposed: the constraints cannot all hold, or the optimum was not proven in time. */
    public static final class InfeasibleException extends RuntimeException {
        InfeasibleException(String message) {
            super(message);
        }
    }

    /** Above the seconds of 4,350 files and the tens of seconds of 43,500 (docs/performance.md): a request never hangs. */
    public static final double TIME_LIMIT_SECONDS = 120;

    private SelectionSolver() {
    }

    /** @return the references selected, in rank order, the optimum proven within {@link #TIME_LIMIT_SECONDS} */
    public static Set<String> solve(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> families, Scope scope) {
        return solve(ranked, tracks, families, scope, TIME_LIMIT_SECONDS);
    }

    /** @return the references selected, in rank order, the optimum proven within {@code timeLimitSeconds} */
    public static Set<String> solve(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> families, Scope scope,
                                    double timeLimitSeconds) {
        if (scope == Scope.ALL) {
            checkFamilyMinimums(ranked, families);
        }
        // Loaded at start (SolverLibrary); this call only waits for it, or loads it outside the application (unit tests).
        NativeLibrary.OR_TOOLS.ensureLoaded();
        CpModel model = new CpModel();
        int n = ranked.size();
        BoolVar[] x = new BoolVar[n];
        long[] weights = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar(ranked.get(i).reference());
            weights[i] = ranked.get(i).scoreHundredths() * (n + 1L) + (n - i);
        }
        for (TrackLimit track : tracks) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (ranked.get(i).track().equals(track.code())) {
                    members.add(i);
                }
            }
            model.addLessOrEqual(LinearExpr.sum(literals(x, members)), track.seats());
            if (scope != Scope.SEATS && track.budget() != null) {
                long[] amounts = members.stream().mapToLong(i -> ranked.get(i).amount() == null ? 0 : ranked.get(i).amount()).toArray();
                model.addLessOrEqual(LinearExpr.weightedSum(literals(x, members), amounts), track.budget());
            }
        }
        if (scope == Scope.ALL) {
            for (FamilyBound family : families) {
                if (family.min() == null && family.max() == null) {
                    continue;
                }
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (family.code().equals(ranked.get(i).family())) {
                        members.add(i);
                    }
                }
                model.addLinearConstraint(LinearExpr.sum(literals(x, members)), family.min() == null ? 0 : family.min(),
                        family.max() == null ? members.size() : family.max());
            }
        }
        model.maximize(LinearExpr.weightedSum(x, weights));

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        // One worker: the same campaign always gets the same proposal, even between optima of equal weight, and on
        // the two shared cores measured it was faster than the parallel portfolio. No presolve: the model is already
        // a few linear constraints on Booleans, and presolving it took 5 of 7 s on 4,350 files and most of 190 s on
        // 43,500 (docs/performance.md). Neither setting touches exactness: the search still proves the optimum.
        solver.getParameters().setNumWorkers(1);
        solver.getParameters().setCpModelPresolve(false);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            throw new InfeasibleException("Aucune sélection ne respecte à la fois les places et les budgets des volets et les "
                    + "bornes des familles" + bounds(families) + "\u00a0: assouplissez une de ces contraintes.");
        }
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new InfeasibleException("La sélection n’a pas pu être calculée\u00a0: les montants demandés ou les budgets sont "
                    + "trop grands pour le solveur.");
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new InfeasibleException("La meilleure sélection n’a pas pu être établie en " + (int) Math.ceil(timeLimitSeconds)
                    + " secondes pour " + n + " dossiers éligibles\u00a0: relancez la proposition, ou réduisez le nombre de "
                    + "dossiers éligibles (seuils de la grille).");
        }
        Set<String> selected = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (solver.booleanValue(x[i])) {
                selected.add(ranked.get(i).reference());
            }
        }
        return selected;
    }

    private static BoolVar[] literals(BoolVar[] x, List<Integer> indexes) {
        return indexes.stream().map(i -> x[i]).toArray(BoolVar[]::new);
    }

    /** A clear message for the commonest impossibility: a family's minimum above its eligible files. */
    private static void checkFamilyMinimums(List<Candidate> ranked, List<FamilyBound> families) {
        Map<String, Integer> eligible = new LinkedHashMap<>();
        ranked.forEach(c -> eligible.merge(c.family(), 1, Integer::sum));
        for (FamilyBound family : families) {
            int count = eligible.getOrDefault(family.code(), 0);
            if (family.min() != null && family.min() > count) {
                throw new InfeasibleException("La famille «\u00a0" + family.label() + "\u00a0» doit compter au moins " + family.min()
                        + " lauréat" + (family.min() > 1 ? "s" : "") + ", mais " + (count == 0 ? "aucun de ses dossiers n’est"
                        : count == 1 ? "un seul de ses dossiers est" : "seuls " + count + " de ses dossiers sont")
                        + " éligible" + (count > 1 ? "s" : "") + ".");
            }
        }
    }

    private static String bounds(List<FamilyBound> families) {
        List<String> lines = families.stream().filter(f -> f.min() != null || f.max() != null)
                .map(f -> "«\u00a0" + f.label() + "\u00a0» " + (f.min() == null ? "" : "au moins " + f.min())
                        + (f.min() != null && f.max() != null ? " et " : "") + (f.max() == null ? "" : "au plus " + f.max()))
                .toList();
        return lines.isEmpty() ? "" : " (" + String.join("\u00a0; ", lines) + ")";
    }
}
