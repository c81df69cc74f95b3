package fr.amiengine.waitlist;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.financed;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.amiengine.documents.VeraPdf;
import fr.amiengine.selection.DecisionLedgerEntry;
import fr.amiengine.selection.DecisionLedgerEntryRepository;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code Process_WaitlistPromotion}: a laureate renounces its selection after the decisions; the next waitlisted file
 * of its track that fits the freed seat and the remaining budget is proposed, approved by two administrators, retained,
 * notified, and published at the next publication. One decided and published campaign for the whole class:
 * <pre>
 *   financed track, 2 seats, 500 000 €: F1 (A, 200 000 €, retained), F2 (B, 250 000 €, retained),
 *                                        F3 (A, 400 000 €, waitlisted 1st), F4 (B, 150 000 €, waitlisted 2nd)
 *   general track, 1 seat:                G1 (A, retained), G2 (B, waitlisted), G3 (A, waitlisted)
 * </pre>
 * The tests run in order: the refusals and the « none fits » case follow the promotion of F4.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WaitlistPromotionProcessTest {

    private static Deliberation campaign;

    @Inject
    WorkflowService workflow;

    @Inject
    DecisionLedgerEntryRepository ledger;

    private static synchronized Deliberation campaign() {
        if (campaign == null) {
            Deliberation d = Deliberation.evaluated(1, null, List.of(
                    financed("F1", Scenario.FAMILY, 200_000, 4.5), financed("F2", Scenario.FAMILY, 250_000, 4.0),
                    financed("F3", Scenario.FAMILY, 400_000, 3.5), financed("F4", Scenario.FAMILY, 150_000, 3.0),
                    general("G1", Scenario.FAMILY, 5.0), general("G2", Scenario.FAMILY, 4.0),
                    general("G3", Scenario.FAMILY, 3.5))).open();
            as(Tokens.ADMIN).body(Map.of("waitlist", 2)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200);
            as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
            as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                    .statusCode(200);
            d.committee.runCampaignJob(ProcessVariables.TASK_FINALISE_DECISIONS);
            for (String file : d.files.values()) {
                d.committee.runJob(file, ProcessVariables.TASK_WRITE_DECISION_LETTER);
                d.committee.runJob(file, ProcessVariables.TASK_SEND_DECISION_LETTER);
            }
            d.committee.runCampaignJob(ProcessVariables.TASK_WRITE_MINUTES);
            assertThat(d.outcomes()).containsEntry("F1", "RETAINED").containsEntry("F2", "RETAINED")
                    .containsEntry("F3", "WAITLISTED").containsEntry("F4", "WAITLISTED").containsEntry("G1", "RETAINED")
                    .containsEntry("G2", "WAITLISTED").containsEntry("G3", "WAITLISTED");
            as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200).body("revision", equalTo(1));
            campaign = d;
        }
        return campaign;
    }

    private static String key(String reference) {
        return ProcessVariables.renunciationKey(reference);
    }

    @Test
    @Order(1)
    void aLaureateRenouncesAndTheNextWaitlistedFileThatFitsIsPromotedByTwoAdministrators() throws Exception {
        Deliberation d = campaign();
        String f1 = d.ref("F1");
        String f3 = d.ref("F3");
        String f4 = d.ref("F4");

        // when the laureate of F1 renounces
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Notre entreprise est rachetée\u00a0: nous ne pouvons plus mener le projet."))
                .post("/api/candidatures/" + f1 + "/renunciation").then().statusCode(200).body("state", equalTo("PROPOSING"));
        assertThat(d.outcomes()).containsEntry("F1", "RENOUNCED");
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + f1).then().body("state", equalTo("WITHDRAWN"));
        d.committee.runJob(key(f1), ProcessVariables.TASK_SEND_WITHDRAWAL_ACKNOWLEDGEMENT);

        // then F3 (400 000 € for 250 000 € left) is passed over, and F4 (150 000 €), next by rank, is proposed
        as(Tokens.ADMIN).get("/api/renunciations/" + f1).then().statusCode(200)
                .body("state", equalTo("AWAITING_FIRST"))
                .body("proposedReference", equalTo(f4))
                .body("proposal", containsString("classé 4e"))
                .body("proposal", containsString("250\u202f000"))
                .body("skipped[0]", containsString(f3))
                .body("skipped[0]", containsString("400\u202f000"));
        String page = as(Tokens.ADMIN).get("/admin/campagnes/" + d.code + "/liste-attente").then().statusCode(200).extract().asString();
        assertThat(page).contains(f4).contains("Approuver la promotion").contains("Rejeter la promotion");

        // four eyes: the first approver cannot give the second approval
        as(Tokens.ADMIN).post("/api/renunciations/" + f1 + "/approval").then().statusCode(200)
                .body("state", equalTo("AWAITING_SECOND"));
        as(Tokens.ADMIN).post("/api/renunciations/" + f1 + "/approval").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("quatre yeux"));
        assertThat(as(Tokens.ADMIN).get("/admin/campagnes/" + d.code + "/liste-attente").then().statusCode(200).extract()
                .asString()).contains("Vous avez déjà approuvé cette promotion");
        as(Tokens.ADMIN_2).post("/api/renunciations/" + f1 + "/approval").then().statusCode(200)
                .body("state", equalTo("PROMOTED"));

        // F4 is retained, with its letter and its mail; F1 got its acknowledgement
        assertThat(d.outcomes()).containsEntry("F4", "RETAINED").containsEntry("F3", "WAITLISTED");
        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + f4).then().body("state", equalTo("RETAINED"));
        d.committee.runJob(key(f1), ProcessVariables.TASK_WRITE_PROMOTION_LETTER);
        d.committee.runJob(key(f1), ProcessVariables.TASK_SEND_PROMOTION_LETTER);
        assertThat(workflow.isRunning(key(f1), ProcessVariables.PROCESS_WAITLIST_PROMOTION)).isFalse();

        List<MimeMessage> promoted = GreenMailTestResource.received("Votre candidature " + f4 + " est retenue à la suite d’un désistement");
        assertThat(promoted).hasSize(1);
        List<MimeMessage> acknowledged = GreenMailTestResource.received("Accusé de votre renonciation à la sélection de la candidature " + f1);
        assertThat(acknowledged).hasSize(1);

        byte[] letter = as(Tokens.CANDIDATE_B).get("/candidatures/" + f4 + "/lettre-de-decision-promotion.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        VeraPdf.assertPdfA2bAndPdfUa1(letter);
        assertThat(text(letter)).contains("Le comité de sélection a retenu").contains("retenu à la suite du désistement d’un lauréat")
                .contains(f1);
        byte[] ack = as(Tokens.CANDIDATE_A).get("/candidatures/" + f1 + "/accuse-de-desistement.pdf").then()
                .statusCode(200).extract().asByteArray();
        VeraPdf.assertPdfA2bAndPdfUa1(ack);
        assertThat(text(ack)).contains("prend acte de votre renonciation").contains("rachetée");
        as(Tokens.CANDIDATE_B).get("/candidatures/" + f1 + "/accuse-de-desistement.pdf").then().statusCode(404);

        // the ledger verifies, and holds the renunciation and the promotion
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/decisions/ledger").then().statusCode(200)
                .body("intact", equalTo(true)).body("differences.size()", equalTo(0));
        List<String> events = QuarkusTransaction.requiringNew().call(() -> ledger
                .list("reference in ?1 order by id", List.of(f1, f4)).stream()
                .map(e -> e.reference + ":" + e.event).toList());
        assertThat(events).contains(f1 + ":" + DecisionLedgerEntry.Event.RENOUNCED, f4 + ":" + DecisionLedgerEntry.Event.PROMOTED,
                f4 + ":" + DecisionLedgerEntry.Event.PROMOTION_PROPOSED);
        assertThat(events.stream().filter(e -> e.equals(f4 + ":" + DecisionLedgerEntry.Event.PROMOTION_APPROVED))).hasSize(2);

        // the next publication shows F4, no longer F1
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/publication").then().statusCode(200)
                .body("pendingChanges.reference", hasItem(f1)).body("pendingChanges.reference", hasItem(f4));
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200).body("revision", equalTo(2));
        List<String> published = io.restassured.RestAssured.given().get("/api/public/campaigns/" + d.code + "/panorama").then().statusCode(200)
                .extract().path("solutions.reference");
        assertThat(published).contains(f4, d.ref("F2"), d.ref("G1")).doesNotContain(f1);
    }

    @Test
    @Order(2)
    void aRejectedPromotionEndsWithNothingPromoted() {
        Deliberation d = campaign();
        String g1 = d.ref("G1");
        String g2 = d.ref("G2");
        // the laureate finds the action on its page, and must confirm
        assertThat(as(Tokens.CANDIDATE_A).get("/candidatures/" + g1).then().statusCode(200).extract().asString())
                .contains("/candidatures/" + g1 + "/renonciation").contains("Renoncer à la sélection");
        as(Tokens.CANDIDATE_A).get("/candidatures/" + g1 + "/renonciation").then().statusCode(200)
                .body(containsString("Confirmer la renonciation"));
        as(Tokens.CANDIDATE_A).contentType("application/x-www-form-urlencoded").formParam("reason", "Un autre marché")
                .post("/candidatures/" + g1 + "/renonciation").then().statusCode(422)
                .body(containsString("Cochez la case pour confirmer la renonciation"));
        assertThat(d.outcomes()).containsEntry("G1", "RETAINED");
        as(Tokens.CANDIDATE_A).config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded").formParam("reason", "Un autre marché").formParam("confirm", "oui")
                .post("/candidatures/" + g1 + "/renonciation").then().statusCode(303);
        d.committee.runJob(key(g1), ProcessVariables.TASK_SEND_WITHDRAWAL_ACKNOWLEDGEMENT);
        as(Tokens.ADMIN).get("/api/renunciations/" + g1).then().body("proposedReference", equalTo(g2));

        // a rejection needs a reason; with one, the process ends and G2 stays on the waiting list
        as(Tokens.ADMIN_2).body(Map.of("reason", " ")).post("/api/renunciations/" + g1 + "/rejection").then().statusCode(422)
                .contentType("application/problem+json");
        as(Tokens.ADMIN_2).body(Map.of("reason", "Le volet général est clos pour cette année.")).post("/api/renunciations/" + g1
                + "/rejection").then().statusCode(200).body("state", equalTo("REJECTED"));
        assertThat(workflow.isRunning(key(g1), ProcessVariables.PROCESS_WAITLIST_PROMOTION)).isFalse();
        assertThat(d.outcomes()).containsEntry("G1", "RENOUNCED").containsEntry("G2", "WAITLISTED");
        as(Tokens.ADMIN).post("/api/renunciations/" + g1 + "/approval").then().statusCode(409)
                .body("detail", containsString("n’attend pas d’approbation"));
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/decisions/ledger").then().body("intact", equalTo(true))
                .body("differences.size()", equalTo(0));
    }

    @Test
    @Order(3)
    void whenNoWaitlistedFileFitsTheAdministratorsReadWhy() {
        Deliberation d = campaign();
        String f2 = d.ref("F2");
        // F2 renounces: 350 000 € are left (F4 holds 150 000 €), and F3 asks 400 000 €
        as(Tokens.CANDIDATE_B).body(Map.of("reason", "Nous arrêtons ce produit.")).post("/api/candidatures/" + f2 + "/renunciation")
                .then().statusCode(200);
        d.committee.runJob(key(f2), ProcessVariables.TASK_SEND_WITHDRAWAL_ACKNOWLEDGEMENT);
        as(Tokens.ADMIN).get("/api/renunciations/" + f2).then().statusCode(200)
                .body("state", equalTo("NONE_FITS"))
                .body("noneFits", containsString("Aucun dossier de la liste d’attente ne peut prendre la place"))
                .body("skipped[0]", containsString(d.ref("F3")))
                .body("skipped[0]", containsString("350\u202f000"));
        assertThat(workflow.isRunning(key(f2), ProcessVariables.PROCESS_WAITLIST_PROMOTION)).isFalse();
        assertThat(as(Tokens.ADMIN).get("/admin/campagnes/" + d.code + "/liste-attente").then().statusCode(200).extract().asString())
                .contains("Aucun dossier de la liste d’attente ne peut prendre la place");
        assertThat(d.outcomes()).containsEntry("F3", "WAITLISTED");
    }

    @Test
    @Order(4)
    void onlyTheLaureatesOrganisationRenouncesARetainedFileOnce() {
        Deliberation d = campaign();
        // twice
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Encore")).post("/api/candidatures/" + d.ref("F1") + "/renunciation").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("déjà renoncé"));
        // a waitlisted file
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Pourquoi pas")).post("/api/candidatures/" + d.ref("F3") + "/renunciation")
                .then().statusCode(409).body("detail", containsString("seul un lauréat"));
        // another organisation's laureate: as if it did not exist
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Pas le nôtre")).post("/api/candidatures/" + d.ref("F2") + "/renunciation")
                .then().statusCode(404).contentType("application/problem+json");
        // no reason
        as(Tokens.CANDIDATE_B).body(Map.of("reason", "")).post("/api/candidatures/" + d.ref("F2") + "/renunciation").then()
                .statusCode(422);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("-\n", "-").replaceAll("\\s+", " ");
        }
    }
}
