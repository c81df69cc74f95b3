package fr.amiengine.selection;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.FailingJob;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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

    @Inject
    ProcessEngine engine;

    @Test
    void aLargeSelectionRunsOnTheJobExecutorShowsItsProgressAndStartsOnceForTwoRequests() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(general("G1", Scenario.FAMILY, 4.5),
                general("G2", Scenario.FAMILY, 4), general("G3", Scenario.FAMILY, 3)));
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

        assertThat(Scenario.processes().run(key, TASK)).isEqualTo(1);

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
        assertThat(Scenario.processes().run(key, TASK)).isEqualTo(1);
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

        assertThat(Scenario.processes().run(key, TASK)).isEqualTo(1);

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
        Deliberation d = Deliberation.evaluated(2, null, List.of(general("G1", Scenario.FAMILY, 4.5),
                general("G2", Scenario.FAMILY, 4), general("G3", Scenario.FAMILY, 3)));
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
        assertThat(Scenario.processes().run(key, TASK)).isEqualTo(1);
        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("G1", "RETAINED", "G2", "RETAINED",
                "G3", "NOT_RETAINED"));
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
