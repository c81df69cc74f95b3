package fr.amiengine.admissibility;

import static fr.amiengine.support.Api.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admissibility decision is final: the page asks for confirmation before recording it (issue #14, point 5). */
@QuarkusTest
class AdmissibilityPageTest {

    private String reference;

    @BeforeEach
    void submittedFile() {
        reference = Scenario.submitted(Scenario.openCampaign());
    }

    @Test
    void asksForConfirmationBeforeRecordingTheDecision() {
        Pages.as(Tokens.ADMIN).formParam("outcome", "INADMISSIBLE").formParam("reason", "Hors du champ de l’appel.")
                .post("/admin/candidatures/" + reference + "/recevabilite")
                .then().statusCode(200)
                .body(allOf(containsString("Confirmer la décision de recevabilité"), containsString("Hors du champ de l’appel."),
                        containsString("name=\"etape\" value=\"confirmer\""), containsString("value=\"INADMISSIBLE\"")));
        as(Tokens.ADMIN).get("/api/candidatures/" + reference).then().body("state", equalTo("SUBMITTED"));

        Pages.as(Tokens.ADMIN).formParam("outcome", "INADMISSIBLE").formParam("reason", "Hors du champ de l’appel.")
                .formParam("etape", "confirmer")
                .post("/admin/candidatures/" + reference + "/recevabilite")
                .then().statusCode(303);
        as(Tokens.ADMIN).get("/api/candidatures/" + reference).then().body("state", equalTo("INADMISSIBLE"));
    }

    @Test
    void goingBackFromTheConfirmationKeepsWhatWasTypedAndRecordsNothing() {
        Pages.as(Tokens.ADMIN).formParam("outcome", "INADMISSIBLE").formParam("reason", "Motif à revoir")
                .formParam("etape", "modifier")
                .post("/admin/candidatures/" + reference + "/recevabilite")
                .then().statusCode(200)
                .body(allOf(containsString("Motif à revoir"), not(containsString("Confirmer la décision de recevabilité"))));
        as(Tokens.ADMIN).get("/api/candidatures/" + reference).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void anInvalidDecisionIsRefusedBeforeTheConfirmationStep() {
        Pages.as(Tokens.ADMIN).formParam("outcome", "INADMISSIBLE")
                .post("/admin/candidatures/" + reference + "/recevabilite")
                .then().statusCode(422)
                .body(allOf(containsString("id=\"champ-reason-erreur\""), not(containsString("value=\"confirmer\""))));
    }
}
