package fr.amiengine.bench;

import fr.amiengine.selection.SelectionSolver.Candidate;
import fr.amiengine.selection.SelectionSolver.FamilyBound;
import fr.amiengine.selection.SelectionSolver.TrackLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The selection solver as it was before CP-SAT (ojAlgo's branch and bound on floating-point weights), kept only so
 * that {@link SelectionBenchmark} prints the figures before and after in the same run. Same model, all constraints
 * (the proposal's last scope); a time limit stops it on the sizes where it does not finish.
 */
final class BaselineSelectionSolver {

    /** The outcome: the references selected (empty when not optimal) and the state ojAlgo reported. */
    record Outcome(Set<String> selected, String state) {
    }

    private static final IntegerStrategy EXACT = IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(12));

    private BaselineSelectionSolver() {
    }

    /** With every constraint: seats, budgets and family bounds. */
    static Outcome solve(List<Candidate> ranked, List<TrackLimit> tracks, List<FamilyBound> families, long timeLimitMillis) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.integer(EXACT);
        model.options.time_abort = timeLimitMillis;
        int n = ranked.size();
        List<Variable> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = ranked.get(i);
            x.add(model.newVariable(c.reference()).binary().weight(c.scoreHundredths() * (n + 1L) + (n - i)));
        }
        for (TrackLimit track : tracks) {
            Expression seats = model.newExpression("places " + track.code()).upper(track.seats());
            Expression budget = track.budget() != null
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
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            return new Outcome(Set.of(), result.getState().toString());
        }
        Set<String> selected = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (result.get(i).compareTo(BigDecimal.valueOf(0.5)) > 0) {
                selected.add(ranked.get(i).reference());
            }
        }
        return new Outcome(selected, result.getState().toString());
    }
}
