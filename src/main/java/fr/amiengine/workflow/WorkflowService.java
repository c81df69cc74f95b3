package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The features' only door to the process engine. Every call joins the caller's JTA transaction, so a
 * state change in our tables and the engine's step commit or roll back together.
 */
@ApplicationScoped
public class WorkflowService {

    @Inject
    ProcessEngine engine;

    /** Starts the campaign's process: its timers wait for the opening and the closing instants. */
    public void startCampaign(String code, Instant openingAt, Instant closingAt) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_CAMPAIGN)
                .businessKey(code)
                .setVariable(ProcessVariables.CAMPAIGN_CODE, code)
                .setVariable(ProcessVariables.OPENING_AT, openingAt.toString())
                .setVariable(ProcessVariables.CLOSING_AT, closingAt.toString())
                .execute();
    }

    /** Moves the timers of a campaign that has not opened yet to its new dates. */
    public void rescheduleCampaign(String code, Instant openingAt, Instant closingAt) {
        ProcessInstance instance = campaignInstance(code);
        runtime().setVariable(instance.getId(), ProcessVariables.OPENING_AT, openingAt.toString());
        runtime().setVariable(instance.getId(), ProcessVariables.CLOSING_AT, closingAt.toString());
        Job opening = management().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(ProcessVariables.TIMER_CAMPAIGN_OPENS)
                .singleResult();
        if (opening != null) {
            management().setJobDuedate(opening.getId(), Date.from(openingAt));
        }
    }

    /** Starts the candidature's process at submission; the business key is the reference. */
    public void startCandidature(String reference, String campaignCode) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_CANDIDATURE)
                .businessKey(reference)
                .setVariable(ProcessVariables.CAMPAIGN_CODE, campaignCode)
                .execute();
        // the receipt has its own process, so that its job never competes with a step of the file's process
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_RECEIPT)
                .businessKey(ProcessVariables.receiptKey(reference))
                .setVariable(ProcessVariables.REFERENCE, reference)
                .execute();
    }

    /**
     * Completes the user task {@code taskKey} of the process whose business key is given.
     *
     * @return false when no such task is open (the process is elsewhere)
     */
    public boolean completeTask(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = tasks().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            return false;
        }
        tasks().complete(task.getId(), new HashMap<>(variables));
        return true;
    }

    /**
     * Completes the user task {@code taskKey} assigned to one person in the process of a business key.
     *
     * @return false when that person has no such task open
     */
    public boolean completeTaskOf(String businessKey, String taskKey, String assignee, Map<String, Object> variables) {
        Task task = tasks().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .taskAssignee(assignee)
                .singleResult();
        if (task == null) {
            return false;
        }
        tasks().complete(task.getId(), new HashMap<>(variables));
        return true;
    }

    /** Completes a task offered to several people ({@code candidateUsers}), on behalf of one of them. */
    public boolean completeCandidateTask(String businessKey, String taskKey, String candidate, Map<String, Object> variables) {
        Task task = tasks().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .taskCandidateUser(candidate)
                .singleResult();
        if (task == null) {
            return false;
        }
        tasks().complete(task.getId(), new HashMap<>(variables));
        return true;
    }

    /**
     * Gives a file's process its evaluators. The list is a transient variable: the multi-instance step reads it
     * once, in this transaction, and keeps one assignment id per instance.
     */
    public void releaseEvaluations(String reference, List<Long> assignmentIds) {
        runtime().createMessageCorrelation(ProcessVariables.MSG_ASSIGNMENTS_RELEASED)
                .processInstanceBusinessKey(reference)
                .setVariable(ProcessVariables.ASSIGNMENT_IDS, Variables.objectValue(new ArrayList<>(assignmentIds), true).create())
                .correlate();
    }

    /** Starts the re-scoring of a reopened evaluation, with its evaluator as a variable local to that step. */
    public boolean reopenEvaluation(String reference, String evaluatorSubject, Long assignmentId) {
        return !runtime().createMessageCorrelation(ProcessVariables.MSG_EVALUATION_REOPENED)
                .processInstanceBusinessKey(reference)
                .setVariablesLocal(Map.of(ProcessVariables.REOPENED_EVALUATOR, evaluatorSubject,
                        ProcessVariables.ASSIGNMENT_ID, assignmentId))
                .correlateAllWithResult()
                .isEmpty();
    }

    /** The business keys of the processes where a task {@code taskKey} is offered to this person. */
    public List<String> businessKeysOfCandidateTasks(String taskKey, String candidate) {
        List<String> keys = new ArrayList<>();
        for (Task task : tasks().createTaskQuery().taskDefinitionKey(taskKey).taskCandidateUser(candidate).list()) {
            ProcessInstance instance = runtime().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            if (instance != null) {
                keys.add(instance.getBusinessKey());
            }
        }
        return keys;
    }

    public boolean hasOpenTask(String businessKey, String taskKey) {
        return tasks().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .count() > 0;
    }

    /**
     * Delivers a message to the process of one business key.
     *
     * @return false when that process does not wait for this message
     */
    public boolean correlate(String message, String businessKey, Map<String, Object> variables) {
        return !runtime().createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .setVariables(new HashMap<>(variables))
                .correlateAllWithResult()
                .isEmpty();
    }

    /** Delivers a message to every process of a campaign that waits for it; returns how many moved on. */
    public int correlateAll(String message, String campaignCode) {
        return runtime().createMessageCorrelation(message)
                .processInstanceVariableEquals(ProcessVariables.CAMPAIGN_CODE, campaignCode)
                .correlateAllWithResult()
                .size();
    }

    /** Whether the process of this business key is running (not ended). */
    public boolean isRunning(String businessKey, String processKey) {
        return runtime().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey)
                .count() > 0;
    }

    /**
     * Starts the job executor of an engine configured not to start it ({@code job-executor-activate=false}), as the
     * demo does so that its seeder, which moves its campaigns with {@link #fireTimer}, never runs the same job as the
     * executor. Does nothing when it runs already.
     */
    public void startJobExecutor() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!executor.isActive()) {
            executor.start();
        }
    }

    /** Whether the job executor takes due jobs now. */
    public boolean jobExecutorActive() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive();
    }

    /**
     * Runs now the job of a process that waits at {@code timerId} (a timer, or an asynchronous step), as the job
     * executor would, and returns once it has run. Used by the demo data seeder to move its campaigns without
     * waiting for the executor's next poll. When the executor has already taken the same job, our attempt fails
     * on a version (the engine's or one of our rows') and we wait (at most 30 s) for the executor to finish it.
     *
     * @return false when the process does not wait at this timer
     */
    public boolean fireTimer(String businessKey, String timerId) {
        Job job = null;
        for (ProcessInstance instance : runtime().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            job = management().createJobQuery().processInstanceId(instance.getId()).activityId(timerId).singleResult();
            if (job != null) {
                break;
            }
        }
        if (job == null) {
            return false;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                management().executeJob(job.getId());
                return true;
            } catch (RuntimeException e) {
                if (management().createJobQuery().jobId(job.getId()).count() == 0) {
                    return true;
                }
                if (!ConcurrentChanges.isConcurrentChange(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Le minuteur " + timerId + " de " + businessKey + " ne s'est pas déclenché");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

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
    public List<StageCount> candidatureStages(Collection<String> references) {
        Map<String, HistoricProcessInstance> latest = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(references));
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            String[] chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)).toArray(String[]::new);
            for (HistoricProcessInstance instance : history().createHistoricProcessInstanceQuery()
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
            ActivityInstance tree = instance.getEndTime() == null ? runtime().getActivityInstance(instance.getId()) : null;
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
                for (Job job : management().createJobQuery().processDefinitionKey(ProcessVariables.PROCESS_CANDIDATURE).messages().list()) {
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

    private ProcessInstance campaignInstance(String code) {
        return runtime().createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .processDefinitionKey(ProcessVariables.PROCESS_CAMPAIGN)
                .singleResult();
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private HistoryService history() {
        return engine.getHistoryService();
    }

    private TaskService tasks() {
        return engine.getTaskService();
    }

    private ManagementService management() {
        return engine.getManagementService();
    }
}
