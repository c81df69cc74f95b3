package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The read model of the dashboard: where the files of a campaign are in {@code Process_Candidature}, counted per
 * step from the engine's runtime and history. It only reads; the engine's door for changes is {@link WorkflowService}.
 */
@ApplicationScoped
public class CandidatureStages {

    @Inject
    ProcessEngine engine;

    /** Business keys per history query: an IN list stays well under the databases' limits. */
    private static final int KEYS_PER_QUERY = 500;

    /** Activity types that only contain other steps. */
    private static final Set<String> SCOPES = Set.of(ActivityTypes.SUB_PROCESS, ActivityTypes.SUB_PROCESS_AD_HOC,
            ActivityTypes.TRANSACTION, ActivityTypes.MULTI_INSTANCE_BODY);

    /** The name shown for a process stopped without reaching an end event (deleted by an operator, say). */
    static final String STOPPED = "Terminé";

    /**
     * Where these files are in {@code Process_Candidature}, as the engine itself says: for a running process, each
     * step it waits at (a task, a message, a timer, or an asynchronous step the job executor has not run yet), read
     * from its tree of activity instances and its pending asynchronous jobs; for an ended one, the end event it reached, read from the history. A
     * file counts once per step even when several evaluators score it at once; a file whose evaluation was reopened
     * while it waits for the committee counts at both steps. References without a process (drafts) are not counted.
     *
     * @return the steps where at least one file is, running steps first, each group in the order of the model
     */
    public List<StageCount> of(Collection<String> references) {
        Map<String, HistoricProcessInstance> latest = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(references));
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            String[] chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)).toArray(String[]::new);
            for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ProcessVariables.PROCESS_CANDIDATURE)
                    .processInstanceBusinessKeyIn(chunk)
                    .list()) {
                latest.merge(instance.getBusinessKey(), instance,
                        (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b);
            }
        }
        Map<String, BpmnModelInstance> models = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> running = new LinkedHashMap<>();
        Map<String, Long> ended = new LinkedHashMap<>();
        AsyncJobs jobs = new AsyncJobs();
        for (HistoricProcessInstance instance : latest.values()) {
            BpmnModelInstance model = models.computeIfAbsent(instance.getProcessDefinitionId(),
                    id -> engine.getRepositoryService().getBpmnModelInstance(id));
            ActivityInstance tree = instance.getEndTime() == null ? engine.getRuntimeService().getActivityInstance(instance.getId()) : null;
            if (tree != null) {
                Set<String> waiting = new LinkedHashSet<>();
                collectWaiting(tree, waiting, jobs);
                for (String activityId : waiting) {
                    running.merge(activityId, 1L, Long::sum);
                    names.putIfAbsent(activityId, nameIn(model, activityId));
                }
            } else if (instance.getEndTime() != null) {
                String end = instance.getEndActivityId();
                ended.merge(end == null ? "" : end, 1L, Long::sum);
                if (end != null) {
                    names.putIfAbsent(end, nameIn(model, end));
                }
            }
        }
        Map<String, Integer> order = modelOrder(models.values());
        Comparator<Map.Entry<String, Long>> inModelOrder = Comparator.comparing(e -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE));
        List<StageCount> stages = new ArrayList<>();
        running.entrySet().stream().sorted(inModelOrder)
                .forEach(e -> stages.add(new StageCount(e.getKey(), names.get(e.getKey()), false, e.getValue())));
        ended.entrySet().stream().sorted(inModelOrder)
                .forEach(e -> stages.add(e.getKey().isEmpty()
                        ? new StageCount(null, STOPPED, true, e.getValue())
                        : new StageCount(e.getKey(), names.get(e.getKey()), true, e.getValue())));
        return stages;
    }

    /**
     * The leaves of a process's activity tree: the steps it waits at. An empty scope is no step, and a transition
     * instance is a step only when a job carries it (an asynchronous continuation, or one whose job failed): the
     * member evaluations that have ended stay in the tree, as transition instances without a job, until the other
     * members' end too.
     */
    private static void collectWaiting(ActivityInstance scope, Set<String> into, AsyncJobs jobs) {
        for (TransitionInstance transition : scope.getChildTransitionInstances()) {
            if (jobs.carry(transition.getExecutionId())) {
                into.add(transition.getActivityId());
            }
        }
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length > 0 || child.getChildTransitionInstances().length > 0) {
                collectWaiting(child, into, jobs);
            } else if (!SCOPES.contains(child.getActivityType())) {
                into.add(child.getActivityId());
            }
        }
    }

    /** The executions of the candidatures' processes that wait for an asynchronous job, read once, when first needed. */
    private final class AsyncJobs {

        private Set<String> executions;

        boolean carry(String executionId) {
            if (executions == null) {
                executions = new HashSet<>();
                for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(ProcessVariables.PROCESS_CANDIDATURE).messages().list()) {
                    executions.add(job.getExecutionId());
                }
            }
            return executions.contains(executionId);
        }
    }

    private static String nameIn(BpmnModelInstance model, String activityId) {
        FlowElement element = model == null ? null : model.getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    /** The position of each flow node in the models, as written: the order in which a file meets them. */
    private static Map<String, Integer> modelOrder(Collection<BpmnModelInstance> models) {
        Map<String, Integer> order = new HashMap<>();
        for (BpmnModelInstance model : models) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                number(process.getFlowElements(), order);
            }
        }
        return order;
    }

    private static void number(Collection<FlowElement> elements, Map<String, Integer> order) {
        for (FlowElement element : elements) {
            if (element instanceof FlowNode) {
                order.putIfAbsent(element.getId(), order.size());
            }
            if (element instanceof SubProcess subProcess) {
                number(subProcess.getFlowElements(), order);
            }
        }
    }
}
