package fr.amiengine.evaluation.assignment;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Committee;
import fr.amiengine.support.FailingJob;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * An assignment above {@code ami.solver.background-above} is calculated on the job executor: the page shows its
 * progress, then its result, and a second click meanwhile starts nothing. The threshold is 0 here, so that a small
 * campaign goes to the background; the job executor is off in the tests, so the calculation waits until the test
 * runs its job, after it has seen the calculation running.
 */
@QuarkusTest
@TestProfile(AssignmentBackgroundTest.EverythingInTheBackground.class)
class AssignmentBackgroundTest {

    @Inject
    ProcessEngine engine;

    @Test
    void aLargeAssignmentRunsOnTheJobExecutorShowsItsProgressAndStartsOnceForTwoClicks() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        String auto = "/api/campaigns/" + committee.code + "/assignments/auto";
        String key = ProcessVariables.assignmentCalculationKey(committee.code);

        as(Tokens.ADMIN).post(auto).then().statusCode(200)
                .body("calculatingSince", notNullValue())
                .body("files", hasSize(0));
        as(Tokens.ADMIN).post(auto).then().statusCode(409)
                .body("detail", containsString("est déjà en cours depuis"));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .as("un seul calcul pour deux clics").isEqualTo(1);
        assertThat(page(committee)).contains("Calcul de l’affectation en cours… (démarré il y a ")
                .contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .doesNotContain("/affectation/auto\"");

        // the job executor is off in the tests: its job is run here, as the executor would
        assertThat(Scenario.processes().run(key, "Task_CalculateAssignments")).isEqualTo(1);

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("files", hasSize(2))
                .body("files.evaluators.flatten()", hasSize(4));
        assertThat(page(committee)).doesNotContain("Calcul de l’affectation en cours", "http-equiv=\"refresh\"")
                .contains(committee.files.get(0)).contains("/affectation/auto\"");
    }

    @Test
    void anUnexpectedFailureOfTheCalculationIsShownInFrenchAndTheCalculationCanBeAskedAgain() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        String auto = "/api/campaigns/" + committee.code + "/assignments/auto";
        String key = ProcessVariables.assignmentCalculationKey(committee.code);
        as(Tokens.ADMIN).post(auto).then().statusCode(200).body("calculatingSince", notNullValue());

        // an unexpected exception in the job (here a variable it cannot read, as a defect would): every attempt the
        // engine makes fails, until it has no retry left
        FailingJob.failEveryAttempt(key, ProcessVariables.ASKED_BY, 42);

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("calculationFailure", containsString("a échoué sur une erreur inattendue"))
                .body("files", hasSize(0));
        assertThat(page(committee)).contains("a échoué sur une erreur inattendue")
                .doesNotContain("Calcul de l’affectation en cours", "http-equiv=\"refresh\"")
                .contains("/affectation/auto\"");

        // asked again: the failed run is replaced by a new one, which succeeds
        as(Tokens.ADMIN).post(auto).then().statusCode(200).body("calculatingSince", notNullValue())
                .body("calculationFailure", nullValue());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .as("le calcul échoué est remplacé, pas doublé").isEqualTo(1);
        assertThat(Scenario.processes().run(key, "Task_CalculateAssignments")).isEqualTo(1);
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().statusCode(200)
                .body("calculatingSince", nullValue())
                .body("calculationFailure", nullValue())
                .body("files", hasSize(2));
    }

    private static String page(Committee committee) {
        return given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html")
                .get("/admin/campagnes/" + committee.code + "/affectation").then().statusCode(200).extract().asString();
    }

    public static class EverythingInTheBackground implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ami.solver.background-above", "0");
        }
    }
}
