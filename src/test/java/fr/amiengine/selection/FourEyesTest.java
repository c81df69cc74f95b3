package fr.amiengine.selection;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Four eyes on the committee's decisions: the approver is a person who neither submitted nor changed any decision
 * of the set, and nothing the decisions rest on changes while they wait for approval.
 */
@QuarkusTest
class FourEyesTest {

    private Deliberation twoFilesOneSeat() {
        return Deliberation.evaluated(1, null, List.of(
                general("Premier", Scenario.FAMILY, 4.5), general("Second", Scenario.FAMILY, 4))).open();
    }

    @Inject
    DecisionService decisions;

    @Test
    void anAdministratorWhoseIdentityGivesNoNameCannotSignTheDecisions() {
        Deliberation d = twoFilesOneSeat();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);

        // an account with neither first name nor surname: the letters would be signed by a login
        Actor nameless = new Actor("sans-nom-" + d.code, "compte-sans-nom", Set.of(Roles.ADMIN), null);
        assertThatThrownBy(() -> decisions.approve(nameless, d.code, new ApprovalRequest(true, null)))
                .isInstanceOfSatisfying(AmiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AmiException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("signataire");
                });
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then().body("approvedBy", equalTo(null));

        // a named administrator then approves
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200).body("approvedBy", equalTo(Tokens.ADMIN_2));
    }

    @Test
    void onlyAnAdministratorWhoNeitherChangedNorSubmittedApproves() {
        // given B changed a decision and A submitted the set
        Deliberation d = twoFilesOneSeat();
        as(Tokens.ADMIN_2).body(Map.of("outcome", "WAITLISTED", "motivation", "Liste d’attente\u00a0: une place pourrait se libérer."))
                .put("/api/candidatures/" + d.ref("Second") + "/decision").then().statusCode(200);
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);

        // when B, then A, try to approve: refused, and the set still waits
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Vous avez modifié la décision sur " + d.ref("Second")))
                .body("detail", containsString("quatre yeux"));
        as(Tokens.ADMIN).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(403).body("detail", containsString("Vous avez soumis ces décisions"));
        as(Tokens.ADMIN_2).body(Map.of("approved", false, "reason", "Je renvoie mes propres décisions."))
                .post("/api/campaigns/" + d.code + "/decisions/approve").then().statusCode(403);
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then()
                .body("submittedBy", equalTo(Tokens.ADMIN)).body("approvedBy", equalTo(null));

        // the page tells B why and offers B no approval form; C gets the form
        String barred = as(Tokens.ADMIN_2).get("/admin/campagnes/" + d.code + "/selection").then().statusCode(200)
                .extract().asString();
        assertThat(barred).contains("Vous avez modifié la décision sur " + d.ref("Second")).doesNotContain("decisions/approbation");
        assertThat(as(Tokens.ADMIN_3).get("/admin/campagnes/" + d.code + "/selection").then().statusCode(200).extract().asString())
                .contains("decisions/approbation").doesNotContain("Vous avez modifié");

        // then C, who did neither, approves
        as(Tokens.ADMIN_3).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200).body("approvedBy", equalTo(Tokens.ADMIN_3));
    }

    @Test
    void whoeverRecomputedTheProposalHasChangedTheDecisions() {
        // given B recomputed the proposal with a waiting list (the second file goes on it), A submitted
        Deliberation d = twoFilesOneSeat();
        as(Tokens.ADMIN_2).body(Map.of("waitlist", 1)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200);
        assertThat(d.outcomes()).containsEntry("Second", "WAITLISTED");
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);

        // then B cannot approve, C can
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(403).body("detail", containsString("Vous avez modifié la décision sur " + d.ref("Second")));
        as(Tokens.ADMIN_3).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
    }

    @Test
    void anEvaluationIsNotReopenedWhileTheDecisionsAwaitApproval() {
        // given the decisions are submitted
        Deliberation d = twoFilesOneSeat();
        String second = d.ref("Second");
        Long assignment = d.committee.assignmentOf(Tokens.EVALUATOR, second);
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);

        // when an administrator reopens one of the evaluations they rest on, or changes a decision
        as(Tokens.ADMIN_2).body(Map.of("reason", "Note à revoir")).post("/api/assignments/" + assignment + "/evaluation/reopen")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("soumises à l’approbation"));
        as(Tokens.ADMIN_2).body(Map.of("outcome", "WAITLISTED", "motivation", "Liste d’attente\u00a0: une place pourrait se libérer."))
                .put("/api/candidatures/" + second + "/decision").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("soumises à l’approbation"));

        // then the evaluation stays submitted, the decision as it was, and the second administrator may still approve
        as(Tokens.EVALUATOR).get("/api/assignments/" + assignment + "/evaluation").then().body("state", equalTo("SUBMITTED"));
        assertThat(d.outcomes()).containsEntry("Second", "NOT_RETAINED");
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
    }

    @Test
    void theDecisionsAreNotSubmittedWhileAReopenedEvaluationAwaitsItsMember() {
        // given an evaluation reopened during the deliberation
        Deliberation d = twoFilesOneSeat();
        String second = d.ref("Second");
        Long assignment = d.committee.assignmentOf(Tokens.EVALUATOR, second);
        as(Tokens.ADMIN_2).body(Map.of("reason", "Justification à préciser")).post("/api/assignments/" + assignment
                + "/evaluation/reopen").then().statusCode(200);

        // when an administrator submits the decisions: refused, the set can still change
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("rouverte"))
                .body("detail", containsString(second));
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then().body("submittedBy", equalTo(null));

        // then, once the member has submitted again, the proposal made from the old scores is refused, and once it
        // is computed again from the new ones, the decisions can be submitted
        d.committee.score(Tokens.EVALUATOR, second, 4);
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(409)
                .body("detail", containsString("Recalculez la proposition"));
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200);
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
    }
}
