package fr.amiengine.admissibility;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.shared.ServerClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per path of candidature.bpmn, driven through the API and, for timers, the job executor. */
@QuarkusTest
class AdmissibilityProcessTest {

    @Inject
    ProcessEngine engine;

    @Inject
    fr.amiengine.workflow.WorkflowService workflow;

    @Inject
    fr.amiengine.submission.CandidatureRepository candidatures;

    private String campaign;

    @BeforeEach
    void openCampaign() {
        campaign = Scenario.openCampaign();
    }

    @Test
    void aCompleteFileWaitsForTheAdministratorsReview() {
        String reference = Scenario.submitted(campaign);

        assertThat(activeActivities(reference)).containsExactly(ProcessVariables.TASK_REVIEW_ADMISSIBILITY);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroup("admin").count()).isEqualTo(1);
    }

    @Test
    void anAdmissibleFileWaitsForTheEvaluationStage() {
        String reference = Scenario.submitted(campaign);

        decide(reference, Map.of("outcome", "ADMISSIBLE")).statusCode(200).body("state", equalTo("ADMISSIBLE"));

        assertThat(activeActivities(reference)).containsExactly("Event_EvaluationStarted");
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("history.toState", equalTo(List.of("DRAFT", "SUBMITTED", "ADMISSIBLE")))
                .body("history[1].actor", equalTo(Tokens.CANDIDATE_A))
                .body("history[2].actor", equalTo("l’équipe de la campagne"));
        as(Tokens.ADMIN).get("/api/candidatures/" + reference).then().body("history[2].actor", equalTo(Tokens.ADMIN));
    }

    @Test
    void anInadmissibleFileNeedsAWrittenReasonShownToTheCandidate() {
        String reference = Scenario.submitted(campaign);

        decide(reference, Map.of("outcome", "INADMISSIBLE")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"))
                .body("detail", containsString("motivée"));
        assertThat(activeActivities(reference)).containsExactly(ProcessVariables.TASK_REVIEW_ADMISSIBILITY);

        decide(reference, Map.of("outcome", "INADMISSIBLE", "reason", "La solution ne relève pas de l’IA."))
                .statusCode(200).body("state", equalTo("INADMISSIBLE"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("stateReason", equalTo("La solution ne relève pas de l’IA."));
        assertEndedAt(reference, "End_Inadmissible");
    }

    @Test
    void aCorrectedFileGoesBackToTheReview() {
        String reference = Scenario.submitted(campaign);
        Instant due = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);

        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "Précisez l’hébergement des données.",
                "correctionDueAt", due.toString()))
                .statusCode(200)
                .body("state", equalTo("CORRECTION_REQUESTED"))
                .body("correctionDueAt", equalTo(due.toString()));
        assertThat(activeActivities(reference)).containsExactly("Task_AwaitCorrection");
        assertThat(correctionTimer(reference).getDuedate().toInstant()).isEqualTo(due);

        Map<String, Object> corrected = Scenario.completeForm();
        corrected.put("summary", "Hébergement en France chez un prestataire qualifié SecNumCloud.");
        as(Tokens.CANDIDATE_A).body(corrected).put("/api/candidatures/" + reference).then().statusCode(200);
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));

        assertThat(activeActivities(reference)).containsExactly(ProcessVariables.TASK_REVIEW_ADMISSIBILITY);
        assertThat(correctionTimerOrNull(reference)).isNull();
    }

    @Test
    void aFileSentBackCannotBeChangedOnceItsCorrectionDeadlineHasPassed() {
        String reference = Scenario.submitted(campaign);
        Instant due = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "Joignez la fiche technique.",
                "correctionDueAt", due.toString())).statusCode(200);
        QuarkusMock.installMockForType(new ServerClock() {
            @Override
            public Instant now() {
                return due.plusSeconds(1);
            }
        }, ServerClock.class);

        as(Tokens.CANDIDATE_A).body(Scenario.completeForm()).put("/api/candidatures/" + reference)
                .then().statusCode(409).body("detail", containsString("délai de correction a expiré"));
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(409).body("detail", containsString("délai de correction a expiré"));
        assertThat(activeActivities(reference)).containsExactly("Task_AwaitCorrection");
    }

    @Test
    void aCorrectionNotReceivedBeforeItsDeadlineMakesTheFileInadmissible() {
        String reference = Scenario.submitted(campaign);
        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "Joignez la fiche technique.",
                "correctionDueAt", Instant.now().plus(Duration.ofDays(2)).toString())).statusCode(200);

        engine.getManagementService().executeJob(correctionTimer(reference).getId());

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("INADMISSIBLE"))
                .body("stateReason", containsString("Correction non reçue"))
                .body("history[-1].actor", equalTo("traitement automatique"));
        assertEndedAt(reference, "End_CorrectionNotReceived");
    }

    @Test
    void theProcessStillSendsBackAFileWhosePdfWentMissing() {
        // the API refuses a submission without a PDF; the process keeps its own guard, reached here directly
        Scenario.organisations();
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            fr.amiengine.submission.Candidature file = candidatures.getByReference(reference);
            file.submittedAt = Instant.now();
            file.moveTo(fr.amiengine.submission.CandidatureState.SUBMITTED, fr.amiengine.submission.ActorKind.CANDIDATE,
                    Tokens.CANDIDATE_A, file.submittedAt, "Candidature soumise");
            workflow.startCandidature(reference, campaign);
        });

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("CORRECTION_REQUESTED"))
                .body("stateReason", containsString("pièce jointe PDF"))
                .body("correctionDueAt", notNullValue());
        assertThat(activeActivities(reference)).containsExactly("Task_AwaitCorrection");
    }

    @Test
    void aCorrectedFileWhosePdfWasRemovedIsRefusedAndKeepsItsDeadline() {
        String reference = Scenario.submitted(campaign);
        Instant due = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "Remplacez la présentation.",
                "correctionDueAt", due.toString())).statusCode(200);
        Number pdf = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().extract().path("attachments[0].id");
        as(Tokens.CANDIDATE_A).delete("/api/candidatures/" + reference + "/attachments/" + pdf).then().statusCode(204);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("file"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("CORRECTION_REQUESTED")).body("correctionDueAt", equalTo(due.toString()));
        assertThat(activeActivities(reference)).containsExactly("Task_AwaitCorrection");
        assertThat(correctionTimer(reference).getDuedate().toInstant()).isEqualTo(due);
    }

    @Test
    void aCorrectionDeadlineMustBeInTheFutureAndWithinSixtyDays() {
        String reference = Scenario.submitted(campaign);

        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "x",
                "correctionDueAt", Instant.now().minus(Duration.ofHours(1)).toString()))
                .statusCode(422).body("errors[0].field", equalTo("correctionDueAt"));
        decide(reference, Map.of("outcome", "CORRECTION_REQUESTED", "reason", "x",
                "correctionDueAt", Instant.now().plus(Duration.ofDays(90)).toString()))
                .statusCode(422).body("detail", containsString("60 jours"));
        decide(reference, Map.of("outcome", "PEUT-ETRE")).statusCode(400);

        assertThat(activeActivities(reference)).containsExactly(ProcessVariables.TASK_REVIEW_ADMISSIBILITY);
    }

    @Test
    void onlyAdministratorsDecideAndOnlyOncePerReview() {
        String reference = Scenario.submitted(campaign);

        decideAs(Tokens.CANDIDATE_A, reference, Map.of("outcome", "ADMISSIBLE")).statusCode(403);
        decideAs(Tokens.EVALUATOR, reference, Map.of("outcome", "ADMISSIBLE")).statusCode(403);
        decide(reference, Map.of("outcome", "ADMISSIBLE")).statusCode(200);

        decide(reference, Map.of("outcome", "INADMISSIBLE", "reason", "Changement d’avis"))
                .statusCode(409).body("detail", containsString("n’attend pas d’examen"));
        as(Tokens.ADMIN).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("ADMISSIBLE"))
                .body("history", hasSize(3));
    }

    @Test
    void aWithdrawalInterruptsTheReview() {
        String reference = Scenario.submitted(campaign);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/withdraw").then().statusCode(200);

        assertEndedAt(reference, "End_Withdrawn");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
        decide(reference, Map.of("outcome", "ADMISSIBLE")).statusCode(409);
    }

    private io.restassured.response.ValidatableResponse decide(String reference, Map<String, Object> body) {
        return decideAs(Tokens.ADMIN, reference, body);
    }

    private io.restassured.response.ValidatableResponse decideAs(String user, String reference, Map<String, Object> body) {
        return as(user).body(body).post("/api/candidatures/" + reference + "/admissibility").then();
    }

    private List<String> activeActivities(String reference) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        return engine.getRuntimeService().getActiveActivityIds(instance);
    }

    private Job correctionTimer(String reference) {
        Job job = correctionTimerOrNull(reference);
        assertThat(job).isNotNull();
        return job;
    }

    private Job correctionTimerOrNull(String reference) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("Timer_CorrectionDeadline").singleResult();
    }

    private void assertEndedAt(String reference, String endEvent) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .isZero();
        String instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("noneEndEvent").list())
                .extracting(HistoricActivityInstance::getActivityId)
                .containsExactly(endEvent);
    }
}
