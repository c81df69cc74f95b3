package fr.amiengine.evaluation.assignment;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import fr.amiengine.shared.NativeLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns evaluators to files exactly, as a minimum-cost flow solved by Google OR-Tools' {@code MinCostFlow} (see
 * docs/evaluation.md and docs/performance.md):
 *
 * <pre>
 *   source ──(need of the file)──▶ file ──(1, cost 0 if expert else 1)──▶ evaluator ──(k-th file: cost k·B)──▶ sink
 * </pre>
 *
 * <p>An arc file → evaluator exists only without a conflict of interest and when the evaluator is not already on
 * the file, so the hard constraints can never be broken. The evaluator → sink arcs have capacity 1 and increasing
 * unit costs (k·B for the k-th file, counting the files already held), a convex cost whose minimum is the most even
 * distribution of the loads; B exceeds the largest possible total expertise cost, so evenness comes first and
 * expertise decides among even solutions. All costs are integers: the optimum is exact. When the flow cannot carry
 * every need, the assignment is infeasible and the files that lack evaluators are named.
 *
 * <p>Two reductions keep the graph small at the size of a national call (43,500 files and 120 members make 5.2 million
 * arcs file → evaluator in the plain graph), without changing the optimum:
 * <ul>
 *   <li>Files alike (same family, need, conflicts and members already on) share one node, with an arc of capacity
 *   "number of such files" to each evaluator: costs depend on nothing else, so every flow of the plain graph has a
 *   flow of the same cost here and back. The units of a node are then dealt to its files in turn, evaluator after
 *   evaluator (the p-th unit to file p modulo their number): an evaluator has at most one unit per file of the node,
 *   so each file gets distinct evaluators, exactly its need when the flow is complete.</li>
 *   <li>An evaluator's arcs to the sink are laid only up to a little above the even load, not up to their cap (the
 *   whole staircase would be 120 × 87,000 arcs). If an optimum of the shortened graph leaves an evaluator's last arc
 *   unused, no better flow can use that evaluator's missing arcs: each costs more than the unused one beside it,
 *   which any improving cycle or augmenting path could take instead. When an optimum fills an evaluator's last arc,
 *   their staircase is made longer and the flow solved again, until no shortened staircase is full.</li>
 * </ul>
 */
public final class AssignmentSolver {

    /**
     * A file to staff: how many more evaluators it needs and who may not or need not be chosen; its family by code
     * (matched against the evaluators' families) and by the label that the reasons name.
     */
    public record FileNeed(String reference, String family, String familyLabel, int needed, Set<String> conflicted,
                           Set<String> alreadyOnFile) {

        /** A file whose family's label is its code. */
        public FileNeed(String reference, String family, int needed, Set<String> conflicted, Set<String> alreadyOnFile) {
            this(reference, family, family, needed, conflicted, alreadyOnFile);
        }
    }

    /** An evaluator: the families they know, an optional cap, and the files they already hold. */
    public record Reviewer(String id, String name, Set<String> families, Integer cap, int currentLoad) {
    }

    /** One evaluator on one file, and why. */
    public record Pick(String reference, String evaluatorId, boolean expert, String reason) {
    }

    public record Solution(List<Pick> picks, Map<String, Integer> loads) {
    }

    /** The constraints cannot all hold (each listed file lacks eligible evaluators), or no assignment was found. */
    public static final class InfeasibleException extends RuntimeException {
        private final List<String> shortages;

        InfeasibleException(List<String> shortages) {
            super("Affectation impossible\u00a0: " + String.join("\u00a0; ", shortages));
            this.shortages = List.copyOf(shortages);
        }

        public List<String> shortages() {
            return shortages;
        }
    }

    /** Arcs laid above the even load before the first solve: most optima stay within one file of it. */
    private static final int SLACK = 2;

    private AssignmentSolver() {
    }

    public static Solution solve(List<FileNeed> files, List<Reviewer> evaluators) {
        // Loaded at start (SolverLibrary); this call only waits for it, or loads it outside the application (unit tests).
        NativeLibrary.OR_TOOLS.ensureLoaded();
        int totalNeed = files.stream().mapToInt(f -> Math.max(0, f.needed())).sum();
        long balanceUnit = totalNeed + 1L;
        int evaluatorCount = evaluators.size();
        Map<String, Integer> loads = new LinkedHashMap<>();
        evaluators.forEach(e -> loads.put(e.id(), e.currentLoad()));
        if (totalNeed == 0) {
            return new Solution(List.of(), loads);
        }
        Map<Kind, List<Integer>> byKind = new LinkedHashMap<>();
        for (int f = 0; f < files.size(); f++) {
            FileNeed file = files.get(f);
            if (file.needed() > 0) {
                byKind.computeIfAbsent(Kind.of(file), k -> new ArrayList<>()).add(f);
            }
        }
        List<Kind> kinds = new ArrayList<>(byKind.keySet());
        int kindCount = kinds.size();
        int source = 0;
        int sink = 1 + kindCount + evaluatorCount;

        MinCostFlow flow = new MinCostFlow(sink + 1, kindCount * (evaluatorCount + 1) + evaluatorCount * 4);
        try {
            int[] firstArc = new int[kindCount];
            int[] endArc = new int[kindCount];
            int[] eligibleFiles = new int[evaluatorCount];
            for (int k = 0; k < kindCount; k++) {
                Kind kind = kinds.get(k);
                int count = byKind.get(kind).size();
                flow.addArcWithCapacityAndUnitCost(source, 1 + k, (long) kind.needed() * count, 0);
                firstArc[k] = flow.getNumArcs();
                for (int e = 0; e < evaluatorCount; e++) {
                    Reviewer evaluator = evaluators.get(e);
                    if (kind.conflicted().contains(evaluator.id()) || kind.alreadyOnFile().contains(evaluator.id())) {
                        continue;
                    }
                    boolean expert = evaluator.families().contains(kind.family());
                    flow.addArcWithCapacityAndUnitCost(1 + k, 1 + kindCount + e, count, expert ? 0 : 1);
                    eligibleFiles[e] += count;
                }
                endArc[k] = flow.getNumArcs();
            }

            // The most an evaluator can take, and their arcs to the sink laid so far (how many, and the last one).
            int[] room = new int[evaluatorCount];
            for (int e = 0; e < evaluatorCount; e++) {
                Reviewer evaluator = evaluators.get(e);
                int capacity = evaluator.cap() == null ? totalNeed : Math.max(0, evaluator.cap() - evaluator.currentLoad());
                room[e] = Math.min(Math.min(capacity, totalNeed), eligibleFiles[e]);
            }
            int level = evenLevel(evaluators, room, totalNeed);
            int[] laid = new int[evaluatorCount];
            int[] lastArc = new int[evaluatorCount];
            for (int e = 0; e < evaluatorCount; e++) {
                int wanted = Math.min(room[e], Math.max(0, level - evaluators.get(e).currentLoad()) + SLACK);
                lastArc[e] = laySteps(flow, 1 + kindCount + e, sink, evaluators.get(e).currentLoad(), 0, wanted,
                        balanceUnit, -1);
                laid[e] = wanted;
            }
            flow.setNodeSupply(source, totalNeed);
            flow.setNodeSupply(sink, -totalNeed);
            while (true) {
                if (flow.solveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL) {
                    throw new InfeasibleException(List.of("le calcul n’a pas abouti\u00a0; réessayez, ou affectez les dossiers à la main"));
                }
                boolean extended = false;
                for (int e = 0; e < evaluatorCount; e++) {
                    if (laid[e] < room[e] && flow.getFlow(lastArc[e]) == 1) {
                        int wanted = Math.min(room[e], 2 * laid[e] + SLACK);
                        lastArc[e] = laySteps(flow, 1 + kindCount + e, sink, evaluators.get(e).currentLoad(), laid[e], wanted,
                                balanceUnit, lastArc[e]);
                        laid[e] = wanted;
                        extended = true;
                    }
                }
                if (!extended) {
                    break;
                }
            }

            int[][] chosen = new int[files.size()][];
            int[] assigned = new int[files.size()];
            for (int k = 0; k < kindCount; k++) {
                List<Integer> alike = byKind.get(kinds.get(k));
                int count = alike.size();
                int position = 0;
                for (int arc = firstArc[k]; arc < endArc[k]; arc++) {
                    int evaluator = flow.getHead(arc) - 1 - kindCount;
                    for (long unit = flow.getFlow(arc); unit > 0; unit--, position++) {
                        int f = alike.get(position % count);
                        if (chosen[f] == null) {
                            chosen[f] = new int[kinds.get(k).needed()];
                        }
                        chosen[f][assigned[f]++] = evaluator;
                    }
                }
            }

            List<Pick> picks = new ArrayList<>();
            Map<String, Long> expertsOf = new HashMap<>();
            for (int f = 0; f < files.size(); f++) {
                FileNeed file = files.get(f);
                long experts = expertsOf.computeIfAbsent(file.family(),
                        family -> evaluators.stream().filter(e -> e.families().contains(family)).count());
                for (int i = 0; i < assigned[f]; i++) {
                    Reviewer evaluator = evaluators.get(chosen[f][i]);
                    boolean expert = evaluator.families().contains(file.family());
                    loads.merge(evaluator.id(), 1, Integer::sum);
                    picks.add(new Pick(file.reference(), evaluator.id(), expert, reason(file, expert, experts)));
                }
            }
            if (picks.size() < totalNeed) {
                throw new InfeasibleException(shortages(files, evaluators, assigned));
            }
            return new Solution(picks, loads);
        } finally {
            flow.delete();
        }
    }

    /** What makes files interchangeable for the flow: the same family, need, conflicts and members already on. */
    private record Kind(String family, int needed, Set<String> conflicted, Set<String> alreadyOnFile) {
        static Kind of(FileNeed file) {
            return new Kind(file.family(), file.needed(), file.conflicted(), file.alreadyOnFile());
        }
    }

    /**
     * The lowest load L at which the evaluators, filled up to L each within their room, could carry the whole need:
     * the level of an even assignment if every evaluator could take every file.
     */
    private static int evenLevel(List<Reviewer> evaluators, int[] room, int totalNeed) {
        int low = 0;
        int high = totalNeed;
        for (Reviewer evaluator : evaluators) {
            high = Math.max(high, evaluator.currentLoad() + totalNeed);
        }
        while (low < high) {
            int middle = low + (high - low) / 2;
            long carried = 0;
            for (int e = 0; e < evaluators.size(); e++) {
                carried += Math.min(room[e], Math.max(0, middle - evaluators.get(e).currentLoad()));
            }
            if (carried >= totalNeed) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Lays the evaluator's arcs to the sink for their files from+1 … to; returns the index of the last one laid. */
    private static int laySteps(MinCostFlow flow, int evaluatorNode, int sink, int currentLoad, int from, int to,
            long balanceUnit, int lastArc) {
        for (int k = from + 1; k <= to; k++) {
            lastArc = flow.addArcWithCapacityAndUnitCost(evaluatorNode, sink, 1, (currentLoad + k) * balanceUnit);
        }
        return lastArc;
    }

    private static String reason(FileNeed file, boolean expert, long experts) {
        String conflicts = file.conflicted().isEmpty() ? ""
                : "\u00a0; " + file.conflicted().size() + (file.conflicted().size() == 1 ? " évaluateur écarté" : " évaluateurs écartés")
                + " pour conflit d’intérêts";
        if (expert) {
            return "expert de la famille «\u00a0" + file.familyLabel() + "\u00a0», charge équilibrée" + conflicts;
        }
        return (experts == 0 ? "aucun évaluateur ne déclare la famille «\u00a0" + file.familyLabel() + "\u00a0»"
                : "les experts de la famille «\u00a0" + file.familyLabel() + "\u00a0» sont en conflit, déjà sur le dossier ou à pleine charge")
                + "\u00a0: choisi pour équilibrer les charges" + conflicts;
    }

    private static List<String> shortages(List<FileNeed> files, List<Reviewer> evaluators, int[] assigned) {
        List<String> shortages = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            FileNeed file = files.get(f);
            if (file.needed() > 0 && assigned[f] < file.needed()) {
                long eligible = evaluators.stream()
                        .filter(e -> !file.conflicted().contains(e.id()) && !file.alreadyOnFile().contains(e.id())).count();
                shortages.add(eligible < file.needed()
                        ? file.reference() + "\u00a0: " + eligible + (eligible < 2 ? " évaluateur possible" : " évaluateurs possibles")
                          + " sans conflit pour " + file.needed() + " requis"
                        : file.reference() + "\u00a0: les évaluateurs possibles ont atteint leur plafond de dossiers");
            }
        }
        return shortages;
    }
}
