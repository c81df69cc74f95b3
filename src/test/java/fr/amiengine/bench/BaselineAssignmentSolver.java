package fr.amiengine.bench;

import fr.amiengine.evaluation.assignment.AssignmentSolver.FileNeed;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Pick;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Reviewer;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Solution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignment solver as it was before OR-Tools (our own successive shortest paths, Bellman–Ford with a queue), kept
 * only so that {@link AssignmentBenchmark} prints the figures before and after in the same run. Same graph, same
 * costs; a deadline stops it on the sizes where it would run for hours.
 */
final class BaselineAssignmentSolver {

    /** Stopped at the deadline after routing {@code routed} of {@code wanted} units of flow. */
    static final class StoppedException extends RuntimeException {
        final int routed;
        final int wanted;

        StoppedException(int routed, int wanted) {
            super(routed + " / " + wanted);
            this.routed = routed;
            this.wanted = wanted;
        }
    }

    private BaselineAssignmentSolver() {
    }

    static Solution solve(List<FileNeed> files, List<Reviewer> evaluators, long deadlineNanos) {
        int totalNeed = files.stream().mapToInt(FileNeed::needed).sum();
        long balanceUnit = totalNeed + 1L;
        int fileCount = files.size();
        int evaluatorCount = evaluators.size();
        int source = 0;
        int sink = 1 + fileCount + evaluatorCount;
        Graph graph = new Graph(sink + 1);

        for (int f = 0; f < fileCount; f++) {
            FileNeed file = files.get(f);
            if (file.needed() > 0) {
                graph.add(source, 1 + f, file.needed(), 0);
            }
            for (int e = 0; e < evaluatorCount; e++) {
                Reviewer evaluator = evaluators.get(e);
                if (file.conflicted().contains(evaluator.id()) || file.alreadyOnFile().contains(evaluator.id())) {
                    continue;
                }
                boolean expert = evaluator.families().contains(file.family());
                graph.add(1 + f, 1 + fileCount + e, 1, expert ? 0 : 1);
            }
        }
        for (int e = 0; e < evaluatorCount; e++) {
            Reviewer evaluator = evaluators.get(e);
            int capacity = evaluator.cap() == null ? totalNeed : Math.max(0, evaluator.cap() - evaluator.currentLoad());
            for (int k = 1; k <= Math.min(capacity, totalNeed); k++) {
                graph.add(1 + fileCount + e, sink, 1, (evaluator.currentLoad() + k) * balanceUnit);
            }
        }

        int flow = graph.minCostFlow(source, sink, totalNeed, deadlineNanos);
        if (flow < totalNeed) {
            throw new IllegalStateException("Affectation impossible");
        }

        List<Pick> picks = new ArrayList<>();
        Map<String, Integer> loads = new LinkedHashMap<>();
        evaluators.forEach(e -> loads.put(e.id(), e.currentLoad()));
        for (int f = 0; f < fileCount; f++) {
            FileNeed file = files.get(f);
            long experts = evaluators.stream().filter(e -> e.families().contains(file.family())).count();
            for (Graph.Edge edge : graph.edgesFrom(1 + f)) {
                if (edge.to() > fileCount && edge.to() < sink && edge.flow() == 1) {
                    Reviewer evaluator = evaluators.get(edge.to() - 1 - fileCount);
                    boolean expert = evaluator.families().contains(file.family());
                    loads.merge(evaluator.id(), 1, Integer::sum);
                    picks.add(new Pick(file.reference(), evaluator.id(), expert, reason(file, expert, experts)));
                }
            }
        }
        return new Solution(picks, loads);
    }

    private static String reason(FileNeed file, boolean expert, long experts) {
        String conflicts = file.conflicted().isEmpty() ? ""
                : "\u00a0; " + file.conflicted().size() + (file.conflicted().size() == 1 ? " évaluateur écarté" : " évaluateurs écartés")
                + " pour conflit d’intérêts";
        if (expert) {
            return "expert de la famille «\u00a0" + file.family() + "\u00a0», charge équilibrée" + conflicts;
        }
        return (experts == 0 ? "aucun évaluateur ne déclare la famille «\u00a0" + file.family() + "\u00a0»"
                : "les experts de la famille «\u00a0" + file.family() + "\u00a0» sont en conflit, déjà sur le dossier ou à pleine charge")
                + "\u00a0: choisi pour équilibrer les charges" + conflicts;
    }

    /** A residual graph with successive shortest paths (Bellman–Ford with a queue: costs are small integers). */
    static final class Graph {

        record Edge(int to, int reverse, int capacity, long cost, int[] flowHolder) {
            int flow() {
                return flowHolder[0];
            }
        }

        private final List<List<Edge>> adjacency = new ArrayList<>();
        private final Map<Integer, List<Edge>> forward = new HashMap<>();

        Graph(int nodes) {
            for (int i = 0; i < nodes; i++) {
                adjacency.add(new ArrayList<>());
            }
        }

        void add(int from, int to, int capacity, long cost) {
            int[] flow = {0};
            int[] reverseFlow = {0};
            Edge edge = new Edge(to, adjacency.get(to).size(), capacity, cost, flow);
            Edge back = new Edge(from, adjacency.get(from).size(), 0, -cost, reverseFlow);
            adjacency.get(from).add(edge);
            adjacency.get(to).add(back);
            forward.computeIfAbsent(from, k -> new ArrayList<>()).add(edge);
        }

        List<Edge> edgesFrom(int node) {
            return forward.getOrDefault(node, List.of());
        }

        private int residual(Edge edge) {
            return edge.capacity() - edge.flow();
        }

        int minCostFlow(int source, int sink, int wanted, long deadlineNanos) {
            int nodes = adjacency.size();
            int flow = 0;
            long[] distance = new long[nodes];
            int[] previousNode = new int[nodes];
            int[] previousEdge = new int[nodes];
            boolean[] queued = new boolean[nodes];
            while (flow < wanted) {
                if (System.nanoTime() > deadlineNanos) {
                    throw new StoppedException(flow, wanted);
                }
                Arrays.fill(distance, Long.MAX_VALUE);
                distance[source] = 0;
                Deque<Integer> queue = new ArrayDeque<>();
                queue.add(source);
                queued[source] = true;
                while (!queue.isEmpty()) {
                    int node = queue.poll();
                    queued[node] = false;
                    List<Edge> edges = adjacency.get(node);
                    for (int i = 0; i < edges.size(); i++) {
                        Edge edge = edges.get(i);
                        if (residual(edge) > 0 && distance[node] + edge.cost() < distance[edge.to()]) {
                            distance[edge.to()] = distance[node] + edge.cost();
                            previousNode[edge.to()] = node;
                            previousEdge[edge.to()] = i;
                            if (!queued[edge.to()]) {
                                queued[edge.to()] = true;
                                queue.add(edge.to());
                            }
                        }
                    }
                }
                if (distance[sink] == Long.MAX_VALUE) {
                    break;
                }
                for (int node = sink; node != source; node = previousNode[node]) {
                    Edge edge = adjacency.get(previousNode[node]).get(previousEdge[node]);
                    edge.flowHolder()[0] += 1;
                    adjacency.get(node).get(edge.reverse()).flowHolder()[0] -= 1;
                }
                flow++;
            }
            return flow;
        }
    }
}
