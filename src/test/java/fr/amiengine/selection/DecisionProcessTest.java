package fr.amiengine.selection;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.financed;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.MailOutbox;
import fr.amiengine.documents.VeraPdf;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** The committee session in BPMN: adjust, submit, four-eyes approval, final decisions, letters by mail, minutes. */
@QuarkusTest
class DecisionProcessTest {

    @Inject
    WorkflowService workflow;

    @Inject
    ProcessEngine engine;

    @Inject
    MailOutbox outbox;

    @Test
    void aSecondAdministratorApprovesAndEveryCandidateGetsAMotivatedLetterOnce() throws Exception {
        Deliberation d = Deliberation.evaluated(1, null, List.of(
                general("Premier", Scenario.FAMILY, 4.5), general("Second", Scenario.FAMILY, 4),
                financed("Financé", Scenario.FAMILY, 300_000, 3.5))).open();
        String first = d.ref("Premier");
        String second = d.ref("Second");
        String funded = d.ref("Financé");

        // departing from the proposal needs a reason; a refusal needs one too
        as(Tokens.ADMIN).body(Map.of("outcome", "WAITLISTED")).put("/api/candidatures/" + second + "/decision").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("s’écarte de la proposition"));
        as(Tokens.ADMIN).body(Map.of("outcome", "PEUT-ÊTRE")).put("/api/candidatures/" + second + "/decision").then()
                .statusCode(400).contentType("application/problem+json");
        as(Tokens.ADMIN).body(Map.of("outcome", "RETAINED", "motivation", "Le comité retient aussi ce dossier."))
                .put("/api/candidatures/" + second + "/decision").then().statusCode(200).body("departs", equalTo(true));
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(409)
                .body("detail", containsString("retient 2 dossiers pour 1 places"));
        as(Tokens.ADMIN).body(Map.of("outcome", "WAITLISTED", "motivation", "Liste d’attente\u00a0: une place pourrait se libérer."))
                .put("/api/candidatures/" + second + "/decision").then().statusCode(200);
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200)
                .body("submittedBy", equalTo("admin"));
        as(Tokens.ADMIN).body(Map.of("outcome", "RETAINED", "motivation", "Trop tard")).put("/api/candidatures/" + second + "/decision")
                .then().statusCode(409);

        // four eyes: not the one who submitted; sending back needs a reason
        as(Tokens.ADMIN).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(403).body("detail", containsString("quatre yeux"));
        as(Tokens.ADMIN_2).body(Map.of("approved", false)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(422);
        as(Tokens.ADMIN_2).body(Map.of("approved", false, "reason", "Précisez la motivation du dossier financé."))
                .post("/api/campaigns/" + d.code + "/decisions/approve").then().statusCode(200)
                .body("submittedBy", nullValue()).body("approvalRefusal", containsString("dossier financé"));
        as(Tokens.ADMIN_2).body(Map.of("outcome", "RETAINED", "motivation", "Dossier retenu\u00a0: solution mûre, budget tenu."))
                .put("/api/candidatures/" + funded + "/decision").then().statusCode(200).body("departs", equalTo(false));
        as(Tokens.ADMIN_2).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
        // the first administrator changed a decision before the sending back: that change is still in the set
        as(Tokens.ADMIN).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(403).body("detail", containsString("Vous avez modifié la décision sur " + second));
        as(Tokens.ADMIN_3).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200).body("approvedBy", equalTo("admin3"));

        d.committee.runCampaignJob("Task_FinaliseDecisions");
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code).then().body("state", equalTo("DECIDED"));
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + first).then().body("state", equalTo("RETAINED"));
        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + second).then().body("state", equalTo("WAITLISTED"));
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + funded + "/decision.pdf").then().statusCode(404);

        for (String file : List.of(first, second, funded)) {
            d.committee.runJob(file, "Task_WriteDecisionLetter");
            d.committee.runJob(file, "Task_SendDecisionLetter");
            assertThat(workflow.isRunning(file, "Process_Candidature")).isFalse();
        }
        d.committee.runCampaignJob("Task_WriteMinutes");

        // each letter was sent once, with its PDF, and sending again changes nothing
        outbox.send(second, DocumentKind.DECISION_LETTER);
        for (String file : List.of(first, second, funded)) {
            List<MimeMessage> mails = GreenMailTestResource.received("Décision du comité de sélection sur votre candidature " + file);
            assertThat(mails).as("lettres reçues pour " + file).hasSize(1);
            Multipart parts = (Multipart) mails.get(0).getContent();
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("lettre-de-decision-" + file + ".pdf");
            assertThat(mails.get(0).getHeader("Message-ID")[0]).isEqualTo("<lettre-de-decision." + file + "@ami-engine.example>");
        }
        assertThat(GreenMailUtil.getAddressList(GreenMailTestResource.received(second).get(0).getAllRecipients()))
                .isEqualTo("dominique.bernard@beta-data.example");

        byte[] letter = as(Tokens.CANDIDATE_B).get("/api/candidatures/" + second + "/decision.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        VeraPdf.assertPdfA2bAndPdfUa1(letter);
        String text = text(letter);
        assertThat(text).contains(second, "Liste d’attente\u00a0: une place pourrait se libérer.", "Voies et délais de recours");
        // the author by first name, surname and title (CRPA L212-1), never the account name; the algorithm notice (L311-3-1)
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).as("lettre de décision")
                .contains("pour le comité de sélection, par\u00a0: Julien Marchand Responsable de programme")
                .doesNotContain("admin3")
                .contains("Traitement algorithmique", "traitement algorithmique (article L311-3-1 du code des relations entre le "
                        + "public et l’administration)")
                .contains("http://127.0.0.1:8080/campagnes/" + d.code + "/regles")
                .contains("http://127.0.0.1:8080/candidatures/" + second + "/evaluation")
                .contains(Scenario.CONTACT_SERVICE + " (" + Scenario.CONTACT_EMAIL + ")")
                .contains("Télérecours citoyens")
                .doesNotContain("demander communication des évaluations");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "lettre-de-decision.txt"), text);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + second + "/decision.pdf").then().statusCode(404);
        as(Tokens.EVALUATOR).get("/api/candidatures/" + second + "/decision.pdf").then().statusCode(404);

        byte[] minutes = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/minutes.pdf").then().statusCode(200)
                .extract().asByteArray();
        assertThat(text(minutes)).contains(first, second, funded, "admin2", "Approuvé par\u00a0: Julien Marchand, Responsable de programme");
        VeraPdf.assertPdfA2bAndPdfUa1(minutes);
        as(Tokens.CANDIDATE_A).get("/api/campaigns/" + d.code + "/minutes.pdf").then().statusCode(403);

        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/decisions/ledger").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void everySubmissionGetsItsReceiptByMail() throws Exception {
        String campaign = Scenario.openCampaign();
        String reference = Scenario.submitted(campaign);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/receipt.pdf").then().statusCode(404)
                .body("detail", containsString("en cours de préparation"));

        fr.amiengine.support.Committee.attach(campaign, List.of(reference))
                .runJob(fr.amiengine.workflow.ProcessVariables.receiptKey(reference), "Task_SendSubmissionReceipt");

        List<MimeMessage> mails = GreenMailTestResource.received("Accusé de réception de votre candidature " + reference);
        assertThat(mails).hasSize(1);
        byte[] receipt = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/receipt.pdf").then().statusCode(200)
                .extract().asByteArray();
        assertThat(text(receipt)).contains(reference, "presentation.pdf");
        VeraPdf.assertPdfA2bAndPdfUa1(receipt);
        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + reference + "/receipt.pdf").then().statusCode(404);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a reference may wrap after its hyphen in a narrow table column
            return new PDFTextStripper().getText(document).replace("-\n", "-");
        }
    }
}
