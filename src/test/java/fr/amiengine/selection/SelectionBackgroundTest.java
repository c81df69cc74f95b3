package fr.amiengine.selection;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.FailingJob;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * A selection above {@code ami.solver.selection-background-above} ranked files is calculated on the job executor: the
 * page shows since when it runs, then its result; a second request meanwhile starts nothing (409); a refusal of the
 * solver or an unexpected failure shows on the page, and the administrator can ask again. The threshold is 0 here, so
 * that a small campaign goes to the background; the job executor is off in the tests, so the calculation waits until
 * the test runs its job. Every count is of this test's own campaign (its business key).
 */
@QuarkusTest
@TestProfile(SelectionBackgroundTest.EverythingInTheBackground.class)
class SelectionBackgroundTest {

    private static final String TASK = "Task_CalculateSelection";
    private static final String AWAIT = "Task_AwaitSelectionSolved";
    private static final String LOST = "Timer_CalculationLost";

    @Inject
    ProcessEngine engine;

    @Inject
    SelectionCalculation calculation;

    @Test
    void aLargeSelectionRunsOnTheJobExecutorShowsItsProgressAndStartsOnceForTwoRequests() {
        Deliberation d = twoSeatsForThreeFiles();
        String selection = "/api/campaigns/" + d.code + "/selection";
        String key = ProcessVariables.selectionCalculationKey(d.code);

        // the first proposal, made when the deliberation opens, goes to the job executor too
        d.open();
        as(Tokens.ADMIN).get(selection).then().statusCode(200)
                .body("calculatingSince", notNullValue())
                .body("files", hasSize(0));
        as(Tokens.ADMIN).body(Map.of("waitlist", 1)).post(selection).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Un calcul de la sélection de la campagne " + d.code + " est déjà en cours depuis"));
        String refused = Pages.as(Tokens.ADMIN).formParam("waitlist", "1").post("/admin/campagnes/" + d.code + "/selection")
                .then().statusCode(409).extract().asString();
        assertThat(refused).contains("est déjà en cours depuis").contains("Calcul de la sélection en cours depuis le");
        assertThat(instances(key)).as("un seul calcul pour trois demandes").isEqualTo(1);
        assertThat(page(d)).contains("Calcul de la sélection en cours depuis le ")
                .contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .doesNotContain("action=\"/admin/campagnes/" + d.code + "/selection\"");

        calculate(key);

        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("G1", "RETAINED", "G2", "RETAINED",
                "G3", "NOT_RETAINED"));
        as(Tokens.ADMIN).get(selection).then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("computedBy", equalTo(SelectionService.AUTOMATIC));
        assertThat(page(d)).doesNotContain("Calcul de la sélection en cours", "http-equiv=\"refresh\"")
                .contains("action=\"/admin/campagnes/" + d.code + "/selection\"");

        // asked again by an administrator, with a waiting list: in the background as well, recorded as theirs
        as(Tokens.ADMIN).body(Map.of("waitlist", 1)).post(selection).then().statusCode(200)
                .body("calculatingSince", notNullValue());
        assertThat(d.outcomes()).as("rien n’est écrit avant la fin du calcul").containsEntry("G3", "NOT_RETAINED");
        calculate(key);
        assertThat(d.outcomes()).containsEntry("G3", "WAITLISTED");
        as(Tokens.ADMIN).get(selection).then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("computedBy", equalTo(Tokens.ADMIN));
    }

    @Test
    void constraintsThatCannotHoldAreExplainedOnThePageAndTheSelectionCanBeAskedAgain() {
        // a minimum of one « Assistants » laureate, and no file of that family
        Deliberation d = Deliberation.evaluated(2, 1, List.of(general("Docs1", Scenario.FAMILY, 5),
                general("Docs2", Scenario.FAMILY, 4.5)));
        String key = ProcessVariables.selectionCalculationKey(d.code);
        d.open();

        calculate(key);

        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("calculationFailure", nullValue())
                .body("note", containsString("doit compter au moins 1 lauréat, mais aucun de ses dossiers n’est éligible"))
                .body("files", hasSize(0));
        assertThat(page(d)).contains("La dernière proposition demandée n’a pas pu être calculée\u00a0: La famille")
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("action=\"/admin/campagnes/" + d.code + "/selection\"");
        assertThat(instances(key)).as("le calcul refusé est terminé").isZero();
        as(Tokens.ADMIN).body(Map.of("waitlist", 0)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200)
                .body("calculatingSince", notNullValue());
    }

    @Test
    void anUnexpectedFailureIsShownInFrenchLeavesTheDecisionsAsTheyWereAndTheSelectionCanBeAskedAgain() {
        Deliberation d = twoSeatsForThreeFiles();
        String selection = "/api/campaigns/" + d.code + "/selection";
        String key = ProcessVariables.selectionCalculationKey(d.code);
        d.open();

        FailingJob.failEveryAttempt(key, ProcessVariables.WAITLIST_PER_TRACK, "pas un nombre");

        as(Tokens.ADMIN).get(selection).then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("calculationFailure", containsString("a échoué sur une erreur inattendue"))
                .body("calculationFailure", containsString("aucune décision n’a changé"))
                .body("files", hasSize(0));
        assertThat(page(d)).contains("Le calcul de la sélection démarré le ")
                .doesNotContain("Calcul de la sélection en cours", "http-equiv=\"refresh\"")
                .contains("action=\"/admin/campagnes/" + d.code + "/selection\"");

        as(Tokens.ADMIN).body(Map.of("waitlist", 0)).post(selection).then().statusCode(200)
                .body("calculatingSince", notNullValue())
                .body("calculationFailure", nullValue());
        assertThat(instances(key)).as("le calcul échoué est remplacé, pas doublé").isEqualTo(1);
        calculate(key);
        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("G1", "RETAINED", "G2", "RETAINED",
                "G3", "NOT_RETAINED"));
    }

    /**
     * A node killed while its solver thread ran: the process waits at {@code Task_AwaitSelectionSolved} for a result
     * that will never come (no thread holds it). After its timer the calculation starts again, on any node; a result of
     * an attempt no longer awaited is dropped; after three lost attempts the page shows the calculation failed.
     */
    @Test
    void aCalculationLostWithItsNodeStartsAgainAfterItsTimerAndALateResultOfTheLostAttemptIsDropped() {
        Deliberation d = twoSeatsForThreeFiles();
        String selection = "/api/campaigns/" + d.code + "/selection";
        String key = ProcessVariables.selectionCalculationKey(d.code);
        d.open();
        // the opening's calculation, as a SIGKILL after its job committed leaves it: waiting, with no thread solving
        String lost = instance(key);
        lose(lost, 1);
        as(Tokens.ADMIN).get(selection).then().statusCode(200).body("calculatingSince", notNullValue());

        assertThat(Scenario.processes().run(key, LOST)).as("le minuteur de la tentative perdue").isEqualTo(1);
        calculate(key);
        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("G1", "RETAINED", "G2", "RETAINED",
                "G3", "NOT_RETAINED"));

        // a late result of attempt 1 while attempt 2 waits: dropped, nothing written, attempt 2 still waits
        as(Tokens.ADMIN).body(Map.of("waitlist", 1)).post(selection).then().statusCode(200);
        String again = instance(key);
        lose(again, 2);
        calculation.finish(again, 1, d.code, null, null, "résultat tardif de la tentative 1", Tokens.ADMIN, null, 1);
        assertThat(waiting(again)).as("la tentative 2 attend toujours").isEqualTo(1);
        as(Tokens.ADMIN).get(selection).then().statusCode(200).body("calculatingSince", notNullValue())
                .body("note", nullValue());
        assertThat(d.outcomes()).containsEntry("G3", "NOT_RETAINED");

        // lost three times: the fourth start is refused as a failure, shown in French, and may be asked again
        engine.getRuntimeService().setVariable(again, ProcessVariables.CALCULATION_ATTEMPT, SelectionCalculation.MAX_ATTEMPTS);
        assertThat(Scenario.processes().run(key, LOST)).isEqualTo(1);
        ManagementService management = engine.getManagementService();
        for (int attempt = 1; management.createJobQuery().processInstanceId(again).activityId(TASK).singleResult().getRetries() > 0;
             attempt++) {
            assertThat(attempt).as("le moteur réessaie encore après 10 échecs").isLessThanOrEqualTo(10);
            assertThatThrownBy(() -> Scenario.processes().run(key, TASK)).hasStackTraceContaining("est resté sans résultat 3 fois");
        }
        as(Tokens.ADMIN).get(selection).then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("calculationFailure", containsString("a échoué sur une erreur inattendue"));
        as(Tokens.ADMIN).body(Map.of("waitlist", 1)).post(selection).then().statusCode(200)
                .body("calculatingSince", notNullValue());
        calculate(key);
        assertThat(d.outcomes()).containsEntry("G3", "WAITLISTED");
    }

    /**
     * The solve or its writing fails on the solver thread (a defect): the attempt ends with the French reason on the
     * page, no decision changes, the form is back, and the timer does not start it again.
     */
    @Test
    void aSolveThatFailsOnTheSolverThreadEndsWithItsFrenchReasonAndCanBeAskedAgain() {
        Deliberation d = twoSeatsForThreeFiles();
        String key = ProcessVariables.selectionCalculationKey(d.code);
        d.open();
        String failing = instance(key);
        lose(failing, 1);

        calculation.fail(failing, 1, d.code);

        assertThat(instances(key)).as("la tentative en échec est terminée, son minuteur avec elle").isZero();
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("note", containsString("une erreur inattendue, consignée dans le journal du serveur, a interrompu son calcul"))
                .body("files", hasSize(0));
        assertThat(page(d)).contains("La dernière proposition demandée n’a pas pu être calculée")
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("action=\"/admin/campagnes/" + d.code + "/selection\"");
        as(Tokens.ADMIN).body(Map.of("waitlist", 0)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200)
                .body("calculatingSince", notNullValue());
        calculate(key);
        assertThat(d.outcomes()).containsEntry("G1", "RETAINED");
    }

    /** Two seats for G1 (4.5), G2 (4) and G3 (3): the proposal retains G1 and G2. */
    private static Deliberation twoSeatsForThreeFiles() {
        return Deliberation.evaluated(2, null, List.of(general("G1", Scenario.FAMILY, 4.5), general("G2", Scenario.FAMILY, 4),
                general("G3", Scenario.FAMILY, 3)));
    }

    private String instance(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    }

    private long waiting(String instance) {
        return engine.getRuntimeService().createExecutionQuery().processInstanceId(instance).activityId(AWAIT).count();
    }

    /** What a node killed after the job committed leaves: the attempt waits for its result, and no thread solves it. */
    private void lose(String instance, int attempt) {
        engine.getRuntimeService().setVariable(instance, ProcessVariables.CALCULATION_ATTEMPT, attempt);
        engine.getRuntimeService().createProcessInstanceModification(instance).startBeforeActivity(AWAIT)
                .cancelAllForActivity(TASK).execute();
    }

    /** Runs the calculation's job, then waits until the solver thread has delivered its result and the process ended. */
    private void calculate(String key) {
        assertThat(Scenario.processes().run(key, TASK)).isEqualTo(1);
        PackagedApplication.await(Duration.ofSeconds(60), "la fin du calcul de " + key, () -> instances(key) == 0);
    }

    private long instances(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count();
    }

    private static String page(Deliberation d) {
        return Pages.html(Tokens.ADMIN, "/admin/campagnes/" + d.code + "/selection");
    }

    public static class EverythingInTheBackground implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ami.solver.selection-background-above", "0");
        }
    }
}
