package fr.amiengine.campaign;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * campaign.bpmn from creation to evaluation: each timer is executed as the job executor would at its due
 * date, so the test checks the due dates and never waits.
 */
@QuarkusTest
class CampaignProcessTest {

    @Inject
    ProcessEngine engine;

    @Test
    void opensAndClosesOnItsDatesThenWaitsForTheLaunchOfEvaluation() {
        String code = Scenario.uniqueCode("CYCLE");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant opening = now.plus(Duration.ofDays(1));
        Instant closing = now.plus(Duration.ofDays(20));
        as(Tokens.ADMIN).body(Scenario.campaign(code, opening, closing)).post("/api/campaigns").then().statusCode(201);

        Job openingTimer = timer(code, ProcessVariables.TIMER_CAMPAIGN_OPENS);
        assertThat(openingTimer.getDuedate()).isEqualTo(Date.from(opening));
        engine.getManagementService().executeJob(openingTimer.getId());
        anonymous().get("/api/campaigns/" + code).then().body("state", equalTo("OPEN")).body("gridFrozen", equalTo(true));

        Job closingTimer = timer(code, ProcessVariables.TIMER_CAMPAIGN_CLOSES);
        assertThat(closingTimer.getDuedate()).isEqualTo(Date.from(closing));
        engine.getManagementService().executeJob(closingTimer.getId());
        anonymous().get("/api/campaigns/" + code).then().body("state", equalTo("CLOSED"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(ProcessVariables.TASK_LAUNCH_EVALUATION).taskCandidateGroup("admin").count())
                .isEqualTo(1);
    }

    @Test
    void launchesTheEvaluationOnlyOnceEveryFileHasItsAdmissibilityDecision() {
        String code = Scenario.uniqueCode("EVAL");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(Tokens.ADMIN).body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20))))
                .post("/api/campaigns").then().statusCode(201);
        engine.getManagementService().executeJob(timer(code, ProcessVariables.TIMER_CAMPAIGN_OPENS).getId());
        String admissible = Scenario.submitted(code);
        String pending = Scenario.submitted(code);
        String inadmissible = Scenario.submitted(code);
        as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + admissible + "/admissibility")
                .then().statusCode(200);
        as(Tokens.ADMIN).body(Map.of("outcome", "INADMISSIBLE", "reason", "Hors champ"))
                .post("/api/candidatures/" + inadmissible + "/admissibility").then().statusCode(200);

        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/evaluation/start")
                .then().statusCode(409).body("detail", containsString("close"));
        engine.getManagementService().executeJob(timer(code, ProcessVariables.TIMER_CAMPAIGN_CLOSES).getId());
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/evaluation/start")
                .then().statusCode(409).body("detail", containsString("1 candidature attend"));
        as(Tokens.CANDIDATE_A).post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(403);

        as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + pending + "/admissibility")
                .then().statusCode(200);
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(409);

        Job startEvaluation = engine.getManagementService().createJobQuery()
                .processInstanceId(instance(code)).activityId("Task_StartEvaluation").singleResult();
        engine.getManagementService().executeJob(startEvaluation.getId());

        anonymous().get("/api/campaigns/" + code).then().body("state", equalTo("EVALUATION"));
        as(Tokens.ADMIN).get("/api/candidatures/" + admissible).then().body("state", equalTo("UNDER_REVIEW"));
        as(Tokens.ADMIN).get("/api/candidatures/" + pending).then().body("state", equalTo("UNDER_REVIEW"));
        as(Tokens.ADMIN).get("/api/candidatures/" + inadmissible).then().body("state", equalTo("INADMISSIBLE"));
        assertThat(engine.getRuntimeService().getActiveActivityIds(candidatureInstance(admissible)))
                .containsExactly("Task_AwaitAssignmentRelease");
    }

    private String instance(String code) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_CAMPAIGN).processInstanceBusinessKey(code)
                .singleResult().getId();
    }

    private String candidatureInstance(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
    }

    private Job timer(String code, String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance(code)).activityId(timerId)
                .singleResult();
    }
}
