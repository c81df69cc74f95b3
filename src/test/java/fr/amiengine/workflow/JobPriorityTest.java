package fr.amiengine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * At a deadline thousands of receipts wait for the job executor: the campaign's jobs (its closing timer, its next
 * step) are taken before them (issue #13: starting the evaluation waited more than a minute behind the receipts).
 */
@QuarkusTest
class JobPriorityTest {

    @Inject
    ProcessEngine engine;

    @Test
    void theCampaignsJobsAreTakenBeforeTheReceipts() {
        String campaign = Scenario.openCampaign();
        String reference = Scenario.submitted(campaign);

        List<Job> campaignJobs = engine.getManagementService().createJobQuery().processInstanceId(instance(campaign)).list();
        Job receipt = engine.getManagementService().createJobQuery()
                .processInstanceId(instance(ProcessVariables.receiptKey(reference))).singleResult();

        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isJobExecutorAcquireByPriority())
                .as("le job executor prend les jobs par priorité").isTrue();
        assertThat(campaignJobs).as("le minuteur de clôture de la campagne").isNotEmpty();
        assertThat(campaignJobs).allSatisfy(job -> assertThat(job.getPriority()).isGreaterThan(receipt.getPriority()));
    }

    private String instance(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}
