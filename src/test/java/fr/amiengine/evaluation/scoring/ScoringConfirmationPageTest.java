package fr.amiengine.evaluation.scoring;

import static fr.amiengine.support.Api.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting an evaluation locks it: the page shows what will be submitted and asks for confirmation first. */
@QuarkusTest
class ScoringConfirmationPageTest {

    private Long assignment;

    @BeforeEach
    void assignedFile() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        assignment = committee.assignmentOf(Tokens.EVALUATOR, committee.files.get(0));
    }

    @Test
    void submittingShowsASummaryToConfirmAndLocksOnlyOnConfirmation() {
        scored(Pages.as(Tokens.EVALUATOR)).formParam("action", "soumettre")
                .post("/evaluation/affectations/" + assignment)
                .then().statusCode(303).header("Location", endsWith("/evaluation/affectations/" + assignment + "/soumission"));
        as(Tokens.EVALUATOR).get("/api/assignments/" + assignment + "/evaluation").then().body("state", equalTo("DRAFT"));

        Pages.as(Tokens.EVALUATOR).get("/evaluation/affectations/" + assignment + "/soumission")
                .then().statusCode(200)
                .body(allOf(containsString("verrouillée"), containsString("Justification 4"), containsString("Confirmer et soumettre")));

        Pages.as(Tokens.EVALUATOR).post("/evaluation/affectations/" + assignment + "/soumission")
                .then().statusCode(303).header("Location", containsString("info=evaluation-soumise"));
        as(Tokens.EVALUATOR).get("/api/assignments/" + assignment + "/evaluation").then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void anIncompleteEvaluationIsRefusedBeforeTheConfirmationStep() {
        Pages.as(Tokens.EVALUATOR).formParam("scores[0].score", "4").formParam("action", "soumettre")
                .post("/evaluation/affectations/" + assignment)
                .then().statusCode(422).body(containsString("Justifiez la note du critère"));
        Pages.as(Tokens.EVALUATOR).get("/evaluation/affectations/" + assignment + "/soumission")
                .then().statusCode(303).header("Location", endsWith("/evaluation/affectations/" + assignment));
        as(Tokens.EVALUATOR).get("/api/assignments/" + assignment + "/evaluation").then().body("state", equalTo("DRAFT"));
    }

    private static RequestSpecification scored(RequestSpecification request) {
        for (int i = 0; i < 4; i++) {
            request.formParam("scores[" + i + "].score", "3.5").formParam("scores[" + i + "].justification", "Justification " + (i + 1));
        }
        return request;
    }
}
