package fr.amiengine.publication.feedback;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;

/**
 * A deployment feedback is held until an administrator approves it: pending, it is public nowhere (the solution's
 * page, the panorama's open data, the observatory's JSON and CSV); approved, it is public everywhere; rejected with a
 * reason, it never is, and its administration sees why. Only administrators moderate. The moderation process ends on
 * each path.
 */
@QuarkusTest
class FeedbackModerationTest {

    @Inject
    ProcessEngine engine;

    private record Published(String code, String file, String buyer, String administration) {
        String page() {
            return "/panorama/" + code + "/solutions/" + file;
        }

        String feedbacks() {
            return "/api/campaigns/" + code + "/panorama/" + file + "/feedbacks";
        }
    }

    private static Published published() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(Deliberation.general("Solution modérée", Scenario.FAMILY, 4)))
                .decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String administration = "Préfecture modérée " + Scenario.uniqueCode("P");
        return new Published(d.code, d.ref("Solution modérée"), Scenario.newVerifiedBuyer(administration), administration);
    }

    private static Long write(Published p, String context) {
        as(p.buyer()).body(Map.of("deployedOn", LocalDate.now().minusMonths(5).toString(), "context", context,
                "outcome", "IN_USE", "administrationType", "DECENTRALISED_SERVICE"))
                .post(p.feedbacks()).then().statusCode(201);
        List<Map<String, Object>> pending = as(Tokens.ADMIN).get("/api/feedbacks?state=PENDING").then().statusCode(200)
                .extract().path("findAll { it.campaignCode == '" + p.code() + "' }");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0)).containsEntry("context", context).containsEntry("organisation", p.administration())
                .containsEntry("administrationType", "DECENTRALISED_SERVICE").doesNotContainKey("author");
        return ((Number) pending.get(0).get("id")).longValue();
    }

    private static String everythingPublic(Published p) {
        return anonymous().get(p.page()).then().statusCode(200).extract().asString()
                + given().get("/api/public/campaigns/" + p.code() + "/panorama").then().statusCode(200).extract().asString()
                + given().get("/api/public/observatory?campaign=" + p.code()).then().statusCode(200).extract().asString()
                + given().get("/api/public/observatory.csv?campaign=" + p.code()).then().statusCode(200).extract().asString()
                + given().get("/observatoire/" + p.code() + "/" + p.file()).then().statusCode(200).extract().asString();
    }

    private static int deployments(Published p) {
        return given().get("/api/public/observatory?campaign=" + p.code()).then().statusCode(200).extract()
                .path("campaigns[0].deployments");
    }

    @Test
    void aPendingFeedbackIsPublicNowhereUntilAnAdministratorApprovesIt() {
        Published p = published();
        String context = "Bureau des titres, " + Scenario.uniqueCode("C");

        // when the buyer writes it, then it waits: nothing public, the author sees it pending
        Long id = write(p, context);
        String panorama = "/panorama/" + p.code();
        assertThat(anonymous().accept("text/html").get(panorama).then().statusCode(200).extract().asString())
                .contains("Solution modérée").doesNotContain("retour d’expérience");
        assertThat(everythingPublic(p)).doesNotContain(context);
        assertThat(deployments(p)).isZero();
        assertThat(Pages.html(p.buyer(), p.page())).contains("En attente de modération");
        assertThat(ended(id)).isEmpty();

        // only an administrator moderates
        String approval = "/api/feedbacks/" + id + "/approval";
        anonymous().post(approval).then().statusCode(401);
        as(p.buyer()).post(approval).then().statusCode(403);
        as(Tokens.CANDIDATE_A).post(approval).then().statusCode(403);
        as(Tokens.EVALUATOR).post(approval).then().statusCode(403);
        as(p.buyer()).get("/api/feedbacks").then().statusCode(403);
        assertThat(everythingPublic(p)).doesNotContain(context);

        // when an administrator approves it, then it is public everywhere, under the administration's name only
        as(Tokens.ADMIN).post(approval).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("moderatedBy", equalTo("admin"));
        as(Tokens.ADMIN_2).post(approval).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("déjà modéré"));
        String everything = everythingPublic(p);
        assertThat(everything).contains(context, p.administration()).doesNotContain(p.buyer());
        assertThat(deployments(p)).isEqualTo(1);
        // the panorama's page, kept whole for visitors, is made again with the approved feedback
        assertThat(anonymous().accept("text/html").get(panorama).then().statusCode(200).extract().asString())
                .contains("1 retour d’expérience");
        JsonPath observatory = given().get("/api/public/observatory?campaign=" + p.code()).then().extract().jsonPath();
        assertThat(observatory.getInt("campaigns[0].families.find { it.code == 'DOCUMENTS' }.solutions[0]"
                + ".byAdministrationType.find { it.code == 'DECENTRALISED_SERVICE' }.count")).isEqualTo(1);
        assertThat(Pages.html(p.buyer(), p.page())).contains("Publié").doesNotContain("En attente de modération");
        assertThat(ended(id)).containsExactly("End_FeedbackPublished");
    }

    @Test
    void aRejectedFeedbackIsNeverPublicAndItsAdministrationSeesWhy() {
        Published p = published();
        String context = "Service des cartes grises, " + Scenario.uniqueCode("C");
        Long id = write(p, context);
        String rejection = "/api/feedbacks/" + id + "/rejection";

        // a rejection needs a reason, in French, and changes nothing without one
        as(Tokens.ADMIN).body(Map.of("reason", " ")).post(rejection).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("pourquoi ce retour est refusé"));
        as(Tokens.ADMIN).contentType("application/json").post(rejection).then()
                .statusCode(anyOf(equalTo(400), equalTo(422))).contentType("application/problem+json");
        as(p.buyer()).body(Map.of("reason", "moi")).post(rejection).then().statusCode(403);
        assertThat(ended(id)).isEmpty();

        // when an administrator rejects it with a reason, then it is never public, and its author sees why
        String reason = "Cite le nom d’un agent " + Scenario.uniqueCode("R");
        as(Tokens.ADMIN).body(Map.of("reason", reason)).post(rejection).then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("rejectionReason", equalTo(reason));
        as(Tokens.ADMIN).post("/api/feedbacks/" + id + "/approval").then().statusCode(409);
        String everything = everythingPublic(p);
        assertThat(everything).doesNotContain(context).doesNotContain(reason);
        assertThat(deployments(p)).isZero();
        assertThat(Pages.html(p.buyer(), p.page())).contains("Refusé", reason);
        assertThat(Pages.html(Tokens.ADMIN, "/admin/retours")).contains(reason).doesNotContain(context);
        assertThat(ended(id)).containsExactly("End_FeedbackRejected");
    }

    @Test
    void theQueueRefusesAnUnknownStateAndAnUnknownFeedbackInFrench() {
        as(Tokens.ADMIN).get("/api/feedbacks?state=PEUT-ETRE").then().statusCode(422)
                .contentType("application/problem+json").body(containsString("n’est pas reconnue"));
        as(Tokens.ADMIN).post("/api/feedbacks/987654321/approval").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Aucun retour"));
    }

    @Test
    void theAdministratorsModerateFromTheQueuePage() {
        Published p = published();
        String context = "Guichet unique, " + Scenario.uniqueCode("C");
        Long id = write(p, context);
        String queue = Pages.html(Tokens.ADMIN, "/admin/retours");
        assertThat(queue).contains(context, p.administration(), "Solution modérée", "Service déconcentré de l’État",
                "action=\"/admin/retours/" + id + "/approbation\"", "action=\"/admin/retours/" + id + "/refus\"");
    }

    /** The end events the moderation process of this feedback reached; empty while it runs. */
    private List<String> ended(Long id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(ProcessVariables.feedbackKey(id)).finished().list().stream()
                .flatMap(i -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(i.getId())
                        .activityType("noneEndEvent").list().stream())
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
