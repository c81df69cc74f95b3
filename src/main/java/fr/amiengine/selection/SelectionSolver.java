package fr.amiengine.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The best selection under the call's constraints, exactly, as a 0–1 integer programme solved by ojAlgo's
 * branch and bound (see docs/selection.md):
 *
 * <pre>
 *   maximise   Σ wᵢ·xᵢ            xᵢ ∈ {0, 1} for each eligible file, wᵢ = score in hundredths × (n + 1) + (n − rank)
 *   subject to Σ_{i ∈ track t} xᵢ ≤ seats(t)                      for every track
 *              Σ_{i ∈ track t} amountᵢ·xᵢ ≤ budget(t)             for every track with a budget
 *              min(f) ≤ Σ_{i ∈ family f} xᵢ ≤ max(f)                for every family with bounds
 * </pre>
 *
 * <p>The weights make the total score the objective and the ranking the tie-breaker (the rank term never outweighs
 * a hundredth of a point), so that with seats alone the result is exactly the top of each track. All weights are
 * integers below 2⁵³ and the gap tolerance is set to twelve digits: the optimum found is the optimum.
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

    /** The constraints cannot all hold; the message says which, in French. */
    public static final class InfeasibleException extends RuntimeException {
        InfeasibleException(String message) {
            super(message);
        }
    }

    private static final IntegerStrategy EXACT = IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(12));

    private SelectionSolver() {
    }

    /** @return the references selected, in rank order */
    public static Set<String> solve(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> families, Scope scope) {
        if (scope == Scope.ALL) {
            checkFamilyMinimums(ranked, families);
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.integer(EXACT);
        int n = ranked.size();
        List<Variable> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = ranked.get(i);
            x.add(model.newVariable(c.reference()).binary().weight(c.scoreHundredths() * (n + 1L) + (n - i)));
        }
        for (TrackLimit track : tracks) {
            Expression seats = model.newExpression("places " + track.code()).upper(track.seats());
            Expression budget = scope != Scope.SEATS && track.budget() != null
                    ? model.newExpression("budget " + track.code()).upper(track.budget()) : null;
            for (int i = 0; i < n; i++) {
                if (ranked.get(i).track().equals(track.code())) {
                    seats.set(x.get(i), 1);
                    if (budget != null) {
                        budget.set(x.get(i), ranked.get(i).amount() == null ? 0 : ranked.get(i).amount());
                    }
                }
            }
        }
        if (scope == Scope.ALL) {
            for (FamilyBound family : families) {
                if (family.min() == null && family.max() == null) {
                    continue;
                }
                Expression count = model.newExpression("famille " + family.code());
                if (family.min() != null) {
                    count.lower(family.min());
                }
                if (family.max() != null) {
                    count.upper(family.max());
                }
                for (int i = 0; i < n; i++) {
                    if (family.code().equals(ranked.get(i).family())) {
                        count.set(x.get(i), 1);
                    }
                }
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new InfeasibleException("Aucune sélection ne respecte à la fois les places et les budgets des volets et les "
                    + "bornes des familles" + bounds(families) + " : assouplissez une de ces contraintes.");
        }
        Set<String> selected = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (result.get(i).compareTo(BigDecimal.valueOf(0.5)) > 0) {
                selected.add(ranked.get(i).reference());
            }
        }
        return selected;
    }

    /** A clear message for the commonest impossibility: a family's minimum above its eligible files. */
    private static void checkFamilyMinimums(List<Candidate> ranked, List<FamilyBound> families) {
        Map<String, Integer> eligible = new LinkedHashMap<>();
        ranked.forEach(c -> eligible.merge(c.family(), 1, Integer::sum));
        for (FamilyBound family : families) {
            int count = eligible.getOrDefault(family.code(), 0);
            if (family.min() != null && family.min() > count) {
                throw new InfeasibleException("La famille « " + family.label() + " » doit compter au moins " + family.min()
                        + " lauréat" + (family.min() > 1 ? "s" : "") + ", mais " + (count == 0 ? "aucun de ses dossiers n'est"
                        : count == 1 ? "un seul de ses dossiers est" : "seuls " + count + " de ses dossiers sont")
                        + " éligible" + (count > 1 ? "s" : "") + ".");
            }
        }
    }

    private static String bounds(List<FamilyBound> families) {
        List<String> lines = families.stream().filter(f -> f.min() != null || f.max() != null)
                .map(f -> "« " + f.label() + " » " + (f.min() == null ? "" : "au moins " + f.min())
                        + (f.min() != null && f.max() != null ? " et " : "") + (f.max() == null ? "" : "au plus " + f.max()))
                .toList();
        return lines.isEmpty() ? "" : " (" + String.join(" ; ", lines) + ")";
    }
}
