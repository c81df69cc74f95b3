package fr.amiengine.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fr.amiengine.shared.ServerClock;
import fr.amiengine.support.Api;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate's pages answer bad input and late saves as a person needs: in French, next to the field, nothing lost. */
@QuarkusTest
class CandidaturePageTest {

    @jakarta.inject.Inject
    fr.amiengine.correspondence.LetterService letters;

    private String campaign;
    private String reference;

    @BeforeEach
    void draft() {
        campaign = Scenario.openCampaign();
        Scenario.organisations();
        reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
    }

    @Test
    void showsTheErrorNextToTheFieldAndKeepsWhatWasTyped() {
        page().formParam("contact.name", "Camille").formParam("contact.email", "pas-une-adresse")
                .post("/candidatures/" + reference + "/modifier/contact")
                .then().statusCode(422)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("id=\"champ-contact-email-erreur\""), containsString("adresse électronique du contact n’est pas valide"),
                        containsString("value=\"pas-une-adresse\""), containsString("aria-invalid=\"true\"")));

        Api.as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("contact.email", equalTo("camille.martin@alpha-ia.example"));
    }

    @Test
    void savingASectionKeepsTheOtherSections() {
        page().formParam("integration.apis", "API GraphQL").formParam("integration.deploymentModes", "HYBRID")
                .post("/candidatures/" + reference + "/modifier/integration")
                .then().statusCode(303).header("Location", endsWith("/modifier/integration?info=section-enregistree"));

        Api.as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("integration.apis", equalTo("API GraphQL"))
                .body("integration.deploymentModes", equalTo(java.util.List.of("HYBRID")))
                .body("solutionName", equalTo("LexIA"))
                .body("contact.name", equalTo("Camille Martin"));
    }

    @Test
    void explainsALateSaveAndKeepsTheDraft() {
        serverTimeIsAfterTheDeadline();

        page().formParam("trackCode", Scenario.TRACK).formParam("familyCode", Scenario.FAMILY)
                .formParam("solutionName", "Travail du soir").formParam("maturityLevel", "PILOT")
                .post("/candidatures/" + reference + "/modifier/solution")
                .then().statusCode(303).header("Location", endsWith("?info=hors-delai"));
        page().get("/candidatures/" + reference + "/modifier/solution?info=hors-delai")
                .then().statusCode(200).body(containsString("votre brouillon est enregistré, mais il ne peut plus être soumis"));

        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);
        page().post("/candidatures/" + reference + "/soumettre")
                .then().statusCode(409).body(allOf(containsString("date limite de dépôt"), containsString("brouillon est conservé")));
        Api.as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("DRAFT")).body("solutionName", equalTo("Travail du soir"));
    }

    @Test
    void confirmationLinksTheReceiptSaysWhereItWasMailedAndShowsTheTimeline() {
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);
        Api.as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);

        page().get("/candidatures/" + reference + "/confirmation")
                .then().statusCode(200)
                .body(allOf(containsString("href=\"/candidatures/" + reference + "/accuse-de-reception.pdf\""),
                        containsString("envoyé par courriel à camille.martin@alpha-ia.example"),
                        containsString("class=\"frise\""), containsString("Soumise"),
                        containsString(Scenario.CONTACT_EMAIL)));
    }

    @Test
    void theReceiptGivesTheAdministrationsContactNotTheCandidatesOwnAddress() throws Exception {
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);
        Api.as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);

        byte[] pdf = letters.writeReceipt(reference).content;

        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text)
                .contains(Scenario.CONTACT_SERVICE, Scenario.CONTACT_EMAIL)
                .doesNotContain("camille.martin@alpha-ia.example");
    }

    @Test
    void refusesASubmissionWithoutPdfWithASummaryLinkingToTheAttachments() {
        page().post("/candidatures/" + reference + "/soumettre")
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(allOf(containsString("href=\"/candidatures/" + reference + "/modifier/pieces#champ-file\""),
                        containsString("Joignez au moins un document PDF")));

        Api.as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void refusesANonPdfNextToTheFileField() {
        Api.upload(Tokens.CANDIDATE_A).accept("text/html").multiPart("file", "note.pdf", "du texte".getBytes(), "application/pdf")
                .post("/candidatures/" + reference + "/pieces")
                .then().statusCode(422)
                .body(allOf(containsString("id=\"champ-file-erreur\""), containsString("n’est pas un PDF")));
    }

    @Test
    void answersAnotherOrganisationWithTheSameFrenchPageAsAnUnknownFile() {
        String unknown = campaign + "-9999";
        String other = given().auth().oauth2(Tokens.of(Tokens.CANDIDATE_B)).accept("text/html")
                .get("/candidatures/" + reference)
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(allOf(containsString("Aucune candidature n’a la référence"), not(containsString("LexIA"))))
                .extract().asString();
        String missing = given().auth().oauth2(Tokens.of(Tokens.CANDIDATE_B)).accept("text/html")
                .get("/candidatures/" + unknown)
                .then().statusCode(404).extract().asString();
        org.assertj.core.api.Assertions.assertThat(other.replace(reference, "REF")).isEqualTo(missing.replace(unknown, "REF"));
    }

    @Test
    void refusesAControlCharacterTypedInAFormNamingTheField() {
        page().formParam("trackCode", Scenario.TRACK).formParam("familyCode", Scenario.FAMILY)
                .formParam("solutionName", "Lex\u0000IA").formParam("maturityLevel", "PILOT")
                .post("/candidatures/" + reference + "/modifier/solution")
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(allOf(containsString("solutionName"), containsString("caractère de contrôle")));

        Api.as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("solutionName", equalTo("LexIA"));
    }

    private RequestSpecification page() {
        return given().auth().oauth2(Tokens.of(Tokens.CANDIDATE_A)).accept("text/html")
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private void serverTimeIsAfterTheDeadline() {
        Instant closing = Instant.parse(Api.as(Tokens.ADMIN).get("/api/campaigns/" + campaign).then().extract().path("closingAt"));
        QuarkusMock.installMockForType(new ServerClock() {
            @Override
            public Instant now() {
                return closing.plusSeconds(60);
            }
        }, ServerClock.class);
    }
}
