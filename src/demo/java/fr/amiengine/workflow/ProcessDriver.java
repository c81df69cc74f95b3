package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves processes on where a running application would wait for a date or for the job executor: runs the job of a
 * timer or of an asynchronous step now, in the caller's thread, and returns once it has run and committed. It serves
 * the demo's seeder and the tests, which both script campaigns, and lives in the demo source folder: the production
 * build has no such door.
 *
 * <p>It runs jobs only while the job executor is off ({@code job-executor-activate=false}, the demo and test
 * profiles), so that no job is ever run by the executor and here at once: there is nothing to retry, nothing to wait
 * for. The demo starts the executor once its data is seeded ({@link #startJobExecutor}).
 */
@ApplicationScoped
public class ProcessDriver {

    @Inject
    ProcessEngine engine;

    /** The campaign opens now, as if its opening date had come. */
    public boolean openCampaign(String code) {
        return run(code, ProcessVariables.TIMER_CAMPAIGN_OPENS) > 0;
    }

    /** The campaign closes now, as if its closing date had come. */
    public boolean closeCampaign(String code) {
        return run(code, ProcessVariables.TIMER_CAMPAIGN_CLOSES) > 0;
    }

    /** Runs the step that moves the admissible files into evaluation, once an administrator has launched it. */
    public boolean startEvaluation(String code) {
        return run(code, ProcessVariables.TASK_START_EVALUATION) > 0;
    }

    /** Runs the step that hands the files to their evaluators, once an administrator has released the assignment. */
    public boolean releaseAssignments(String code) {
        return run(code, ProcessVariables.TASK_RELEASE_ASSIGNMENTS) > 0;
    }

    /**
     * Runs now every job of the processes of {@code businessKey} that waits at {@code activityId} (a timer, or an
     * asynchronous step), each in its own transaction, as the job executor would.
     *
     * @return how many jobs ran: 0 when no process of that key waits there
     */
    public int run(String businessKey, String activityId) {
        if (jobExecutorActive()) {
            throw new IllegalStateException("L’exécuteur de tâches est actif\u00a0: " + activityId + " de " + businessKey
                    + " ne peut pas être exécuté à sa place");
        }
        ManagementService management = engine.getManagementService();
        int ran = 0;
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
            for (Job job : jobs) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        return ran;
    }

    /** Starts the job executor of an engine configured not to start it; does nothing when it runs already. */
    public void startJobExecutor() {
        JobExecutor executor = jobExecutor();
        if (!executor.isActive()) {
            executor.start();
        }
    }

    /** Stops the job executor, so that a test scripts the timers and steps itself ({@link #run}) on the demo's data. */
    public void stopJobExecutor() {
        JobExecutor executor = jobExecutor();
        if (executor.isActive()) {
            executor.shutdown();
        }
    }

    /** Whether the job executor takes due jobs now. */
    public boolean jobExecutorActive() {
        return jobExecutor().isActive();
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
