package fr.amiengine.evaluation.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores normalised per evaluator, beside the raw ones (see docs/evaluation.md). A lenient evaluator gives higher
 * totals to everyone, a harsh one lower: each total is turned into a z-score against its evaluator's own mean and
 * spread, then put back on the campaign's scale: the mean of all totals, and the pooled spread within evaluators
 * (the spread between evaluators is the bias being removed, so it must not come back). With few files an
 * evaluator's mean says little, so the result is damped towards the raw total: weight n / (n + k), k = {@value #DAMPING}.
 */
public final class Normalisation {

    /** Files an evaluator must have scored for their own mean to weigh as much as the raw score. */
    public static final int DAMPING = 3;

    /** An evaluator's total on a file, out of 100. */
    public record Raw(String evaluatorId, String reference, double total) {
    }

    /** The normalised total and how it was computed, in French and step by step. */
    public record Normalised(String evaluatorId, String reference, double raw, double normalised, String explanation,
                             Steps steps) {
    }

    /**
     * The figures of the computation, as the explanation states them: the evaluator's files, mean and standard
     * deviation; the z-score; the campaign's mean and pooled within-evaluator deviation; the total brought back to
     * them ({@code full}); the damping weight n / (n + {@value #DAMPING}).
     */
    public record Steps(int evaluatorFiles, double evaluatorMean, double evaluatorSd, double z, double campaignMean,
                        double pooledSd, double full, double weight) {
    }

    private record Stats(int n, double mean, double sd) {
    }

    private Normalisation() {
    }

    public static List<Normalised> normalise(List<Raw> totals) {
        if (totals.isEmpty()) {
            return List.of();
        }
        double mean = stats(totals.stream().mapToDouble(Raw::total).toArray()).mean();
        Map<String, List<Double>> byEvaluator = new HashMap<>();
        totals.forEach(r -> byEvaluator.computeIfAbsent(r.evaluatorId(), k -> new ArrayList<>()).add(r.total()));
        Map<String, Stats> perEvaluator = new HashMap<>();
        byEvaluator.forEach((id, values) -> perEvaluator.put(id, stats(values.stream().mapToDouble(Double::doubleValue).toArray())));
        double pooledVariance = perEvaluator.values().stream().mapToDouble(s -> s.n() * s.sd() * s.sd()).sum() / totals.size();
        double spread = Math.sqrt(pooledVariance);

        List<Normalised> result = new ArrayList<>();
        for (Raw raw : totals) {
            Stats own = perEvaluator.get(raw.evaluatorId());
            double z = own.sd() == 0 ? 0 : (raw.total() - own.mean()) / own.sd();
            double full = mean + spread * z;
            double weight = (double) own.n() / (own.n() + DAMPING);
            double normalised = clamp(weight * full + (1 - weight) * raw.total());
            String explanation = String.format(Locale.FRANCE,
                    "note brute %.2f\u00a0; moyenne de l’évaluateur %.2f (écart-type %.2f, %d dossier%s)\u00a0; z = %.2f\u00a0; "
                            + "ramenée à la moyenne de la campagne %.2f et à l’écart-type intra-évaluateur %.2f\u00a0: %.2f\u00a0; "
                            + "amortie avec le poids %d/(%d+%d) = %.2f\u00a0: %.2f",
                    raw.total(), own.mean(), own.sd(), own.n(), own.n() > 1 ? "s" : "", z, mean, spread, full,
                    own.n(), own.n(), DAMPING, weight, normalised);
            result.add(new Normalised(raw.evaluatorId(), raw.reference(), raw.total(), normalised, explanation,
                    new Steps(own.n(), own.mean(), own.sd(), z, mean, spread, full, weight)));
        }
        return result;
    }

    private static Stats stats(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Stats(values.length, mean, Math.sqrt(squares / values.length));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
