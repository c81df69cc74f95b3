package fr.amiengine.workflow;

import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The features' only door to the process engine: it starts processes, completes their tasks and delivers their
 * messages. Every call joins the caller's JTA transaction, so a state change in our tables and the engine's step
 * commit or roll back together. What the dashboard reads of the engine is {@link CandidatureStages}.
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

    /**
     * Starts the retention of a campaign's personal data at its first publication: its timer waits for the end of the
     * retention period, then the personal data are erased ({@code Process_PersonalDataRetention}).
     */
    public void startPersonalDataRetention(String code, Instant endsAt) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_PERSONAL_DATA_RETENTION)
                .businessKey(code)
                .setVariable(ProcessVariables.CAMPAIGN_CODE, code)
                .setVariable(ProcessVariables.RETENTION_ENDS_AT, endsAt.toString())
                .execute();
    }

    /**
     * Starts the moderation of a deployment feedback as it is written ({@code Process_FeedbackModeration}): it waits
     * for an administrator to approve or reject it.
     */
    public void startFeedbackModeration(Long feedbackId) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_FEEDBACK_MODERATION)
                .businessKey(ProcessVariables.feedbackKey(feedbackId))
                .setVariable(ProcessVariables.FEEDBACK_ID, feedbackId)
                .execute();
    }

    /** Whether the retention process of this campaign was ever started (it may have ended: the data are erased). */
    public boolean hasPersonalDataRetention(String code) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_PERSONAL_DATA_RETENTION).processInstanceBusinessKey(code)
                .count() > 0;
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

    /**
     * Starts a meeting request's process ({@code Process_MeetingRequest}): it waits for the laureate's answer until
     * {@code answerDueAt}, when the request expires.
     */
    public void startMeetingRequest(String businessKey, Long meetingId, Instant answerDueAt) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_MEETING_REQUEST)
                .businessKey(businessKey)
                .setVariable(ProcessVariables.MEETING_ID, meetingId)
                .setVariable(ProcessVariables.ANSWER_DUE_AT, answerDueAt.toString())
                .execute();
    }

    /**
     * Starts a workshop's process ({@code Process_WorkshopReminder}) as it is scheduled: it reminds the registrants at
     * {@code reminderAt}, then waits for the start; the message {@code WorkshopCancelled} interrupts it.
     */
    public void startWorkshopReminder(String businessKey, Long workshopId, Instant reminderAt, Instant startsAt) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_WORKSHOP_REMINDER)
                .businessKey(businessKey)
                .setVariable(ProcessVariables.WORKSHOP_ID, workshopId)
                .setVariable(ProcessVariables.REMINDER_AT, reminderAt.toString())
                .setVariable(ProcessVariables.STARTS_AT, startsAt.toString())
                .execute();
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
     * Starts {@code Process_WaitlistPromotion} after a laureate renounced its selection: its first step (asynchronous)
     * acknowledges the renunciation, then the next waitlisted file is proposed for two administrators' approval.
     */
    public void startWaitlistPromotion(String reference, String campaignCode) {
        runtime().createProcessInstanceByKey(ProcessVariables.PROCESS_WAITLIST_PROMOTION)
                .businessKey(ProcessVariables.renunciationKey(reference))
                .setVariable(ProcessVariables.REFERENCE, reference)
                .setVariable(ProcessVariables.CAMPAIGN_CODE, campaignCode)
                .execute();
    }

    /**
     * Completes one open user task: the task {@code task.taskKey()} of the process of {@code task.businessKey()}, and
     * when the criteria name a person, only the one assigned to them or offered to them.
     *
     * @return false when no such task is open (the process is elsewhere, or the task is someone else's)
     */
    public boolean completeTask(OpenTask task, Map<String, Object> variables) {
        TaskQuery query = tasks().createTaskQuery()
                .processInstanceBusinessKey(task.businessKey())
                .taskDefinitionKey(task.taskKey());
        if (task.assignee() != null) {
            query.taskAssignee(task.assignee());
        }
        if (task.candidate() != null) {
            query.taskCandidateUser(task.candidate());
        }
        Task open = query.singleResult();
        if (open == null) {
            return false;
        }
        tasks().complete(open.getId(), new HashMap<>(variables));
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

    /**
     * Refuses (409) a calculation of the campaign while one runs; the caller holds the campaign's lock, so that two
     * nodes asking at once see each other. A run the engine gave up on is removed: the new one replaces it.
     */
    public void refuseWhileCalculating(BackgroundCalculation calculation, String campaignCode, String askedBy) {
        Optional<BackgroundCalculation.Run> run = calculation(calculation, campaignCode);
        if (run.isPresent() && !run.get().failed()) {
            throw AmiException.conflict(run.get().alreadyRunning(campaignCode));
        }
        if (run.isPresent()) {
            for (ProcessInstance failed : instances(calculation, campaignCode)) {
                runtime().deleteProcessInstance(failed.getId(), "calcul échoué, relancé par " + askedBy);
            }
        }
    }

    /**
     * Starts a campaign's calculation on the job executor (its process's asynchronous step). The caller holds the
     * campaign's lock and checked that none runs ({@link #refuseWhileCalculating}).
     *
     * @param variables the calculation's own parameters, beside the campaign's code and who asked
     */
    public void startCalculation(BackgroundCalculation calculation, String campaignCode, String askedBy,
                                 Map<String, Object> variables) {
        runtime().createProcessInstanceByKey(calculation.processKey)
                .businessKey(calculation.businessKey(campaignCode))
                .setVariable(ProcessVariables.CAMPAIGN_CODE, campaignCode)
                .setVariable(ProcessVariables.ASKED_BY, askedBy)
                .setVariables(new HashMap<>(variables))
                .execute();
    }

    /**
     * The campaign's calculation that has not ended: running, or failed at every attempt of the job executor (its
     * job has no retry left); empty when none was started or the last one ended. Read from the engine's tables, so
     * every node sees the same.
     */
    public Optional<BackgroundCalculation.Run> calculation(BackgroundCalculation calculation, String campaignCode) {
        List<ProcessInstance> instances = instances(calculation, campaignCode);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        ProcessInstance instance = instances.get(0);
        Instant startedAt = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .map(historic -> historic.getStartTime().toInstant())
                .findFirst().orElseGet(Instant::now);
        boolean failed = management().createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().count() > 0;
        return Optional.of(new BackgroundCalculation.Run(calculation, startedAt, failed));
    }

    /**
     * Delivers the result of a calculation solved off the job to the attempt of the process that waits for it, in the
     * caller's transaction; false when that attempt is no longer awaited (the process started the calculation again,
     * or it was replaced), so that the caller writes nothing.
     */
    public boolean deliverCalculationResult(String processInstanceId, int attempt) {
        return !runtime().createMessageCorrelation(ProcessVariables.MSG_SELECTION_SOLVED)
                .processInstanceId(processInstanceId)
                .processInstanceVariableEquals(ProcessVariables.CALCULATION_ATTEMPT, attempt)
                .correlateAllWithResult().isEmpty();
    }

    /** Whether that attempt of a calculation solved off the job still waits for its result (else it is not worth solving). */
    public boolean awaitsCalculationResult(String processInstanceId, int attempt) {
        return runtime().createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(ProcessVariables.MSG_SELECTION_SOLVED)
                .processVariableValueEquals(ProcessVariables.CALCULATION_ATTEMPT, attempt).count() > 0;
    }

    private List<ProcessInstance> instances(BackgroundCalculation calculation, String campaignCode) {
        return runtime().createProcessInstanceQuery().processInstanceBusinessKey(calculation.businessKey(campaignCode))
                .processDefinitionKey(calculation.processKey).list();
    }

    /** Whether the process of this business key is running (not ended). */
    public boolean isRunning(String businessKey, String processKey) {
        return runtime().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey)
                .count() > 0;
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

    private TaskService tasks() {
        return engine.getTaskService();
    }

    private ManagementService management() {
        return engine.getManagementService();
    }
}
