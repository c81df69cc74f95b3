package fr.amiengine.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.arc.Arc;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * An unexpected exception in the job of a calculation on the job executor (here a variable its delegate cannot read,
 * as a defect would): the job is run, as the executor would, until the engine has no retry left for it.
 */
public final class FailingJob {

    private FailingJob() {
    }

    /** Gives the only process of {@code businessKey} an unreadable {@code variable}, then fails its job at each attempt. */
    public static void failEveryAttempt(String businessKey, String variable, Object unreadable) {
        ProcessEngine engine = Arc.container().instance(ProcessEngine.class).get();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult();
        engine.getRuntimeService().setVariable(instance.getId(), variable, unreadable);
        ManagementService management = engine.getManagementService();
        for (int attempt = 1; attempt <= 10; attempt++) {
            Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
            if (job.getRetries() == 0) {
                return;
            }
            assertThatThrownBy(() -> management.executeJob(job.getId())).as("tentative " + attempt).isNotNull();
        }
        throw new AssertionError("le moteur réessaie encore après 10 échecs");
    }
}
