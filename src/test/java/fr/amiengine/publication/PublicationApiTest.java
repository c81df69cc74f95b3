package fr.amiengine.publication;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.financed;
import static fr.amiengine.support.Deliberation.general;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.KeycloakAdmin;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * Publication end to end: nothing public before « Publier », refused while letters are on their way, the exact preview,
 * the public JSON and CSV checked against the schemas the application serves and field by field for leaks, search and
 * filters, an edit with its history after a second publication, deployment feedback, and who may do what.
 */
@QuarkusTest
class PublicationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WorkflowService workflow;

    @Inject
    ProcessEngine engine;

    @Test
    void decidedCampaignIsPublishedOnceLettersAreSentAndOnlyPublishedFieldsLeaveTheApplication() throws Exception {
        Deliberation d = Deliberation.evaluated(2, null, List.of(
                general("Lecteur Éléphant", "DOCUMENTS", 4.5), general("Assistant Bêta", "ASSISTANTS", 4),
                general("Projet Écarté", "DOCUMENTS", 2), financed("Pilote Financé", "DOCUMENTS", 450_000, 3.5)));
        String elephant = d.ref("Lecteur Éléphant");
        String beta = d.ref("Assistant Bêta");
        String refused = d.ref("Projet Écarté");
        String pilot = d.ref("Pilote Financé");
        String publicJson = "/api/public/campaigns/" + d.code + "/panorama";

        // before the decisions: nothing to publish, nothing public
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("décisions approuvées"));
        given().get(publicJson).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Aucun panorama publié"));

        d.open();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
        d.committee.runCampaignJob("Task_FinaliseDecisions");
        assertThat(d.outcomes()).containsEntry("Projet Écarté", "NOT_RETAINED").containsEntry("Lecteur Éléphant", "RETAINED")
                .containsEntry("Assistant Bêta", "RETAINED").containsEntry("Pilote Financé", "RETAINED");

        // decided, but the letters have not left yet
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(409)
                .body("detail", containsString("0 sur 4"));
        for (String file : List.of(elephant, beta, refused, pilot)) {
            d.committee.runJob(file, "Task_WriteDecisionLetter");
            d.committee.runJob(file, "Task_SendDecisionLetter");
        }
        d.committee.runCampaignJob("Task_WriteMinutes");
        assertThat(workflow.hasOpenTask(d.code, "Task_PublishPanorama")).isTrue();

        // the preview: exactly the three retained, still nothing public
        JsonNode preview = JSON.readTree(as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/publication/preview").then()
                .statusCode(200).extract().asString());
        assertThat(references(preview)).containsExactlyInAnyOrder(elephant, beta, pilot);
        given().get(publicJson).then().statusCode(404);
        given().get("/panorama/" + d.code).then().statusCode(404);
        as(Tokens.CANDIDATE_A).post("/api/campaigns/" + d.code + "/publish").then().statusCode(403);
        as(Tokens.EVALUATOR).get("/api/campaigns/" + d.code + "/publication/preview").then().statusCode(403);
        given().post("/api/campaigns/" + d.code + "/publish").then().statusCode(401);

        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200)
                .body("revision", equalTo(1)).body("state", equalTo("PUBLISHED")).body("entries", equalTo(3));
        assertThat(workflow.isRunning(d.code, "Process_Campaign")).as("le processus de campagne est terminé").isFalse();
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/dashboard").then().statusCode(200)
                .body("published", equalTo(true)).body("publicationRevision", equalTo(1));
        String instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(d.code)
                .processDefinitionKey("Process_Campaign").singleResult().getId();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("End_CampaignPublished").count()).isEqualTo(1);

        // the public JSON: valid against the served schema, the same as the preview, and nothing else
        String body = given().get(publicJson).then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode published = JSON.readTree(body);
        assertThat(validate(published)).isEmpty();
        assertThat(withoutHistory(published.get("solutions"))).as("la publication est l’aperçu")
                .isEqualTo(withoutHistory(preview.get("solutions")));
        assertThat(fieldsOf(published.get("solutions").get(0))).isEqualTo(schemaFieldsOfSolution());
        for (String secret : List.of(refused, "Projet Écarté", "450000", "450 000", "camille.martin@alpha-ia.example",
                "Camille Martin", "score", "motivation", "Élise", "Petit", "evaluateur", "requestedAmount")) {
            assertThat(body).as("le JSON public ne contient pas «\u00a0%s\u00a0»", secret).doesNotContain(secret);
        }
        JsonNode betaEntry = solution(published, beta);
        assertThat(betaEntry.get("contact").get("email").asText()).isEqualTo("dominique.bernard@beta-data.example");
        assertThat(solution(published, elephant).get("contact").isNull()).as("pas d’accord, pas de contact").isTrue();
        assertThat(betaEntry.get("organisation").get("name").asText()).isEqualTo("Beta Data (tests)");
        assertThat(betaEntry.get("family").get("code").asText()).isEqualTo("ASSISTANTS");
        assertThat(betaEntry.get("hosting").get("label").asText()).isEqualTo("En France");

        // a client that has this publication is told so
        String etag = given().get(publicJson).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(publicJson).then().statusCode(304);

        // the CSV: BOM, « ; », the Table Schema's columns in order, one line per solution, same fields
        byte[] csvBytes = given().get(publicJson + ".csv").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(d.code + "-panorama.csv")).extract().asByteArray();
        assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(csvBytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).doesNotContain(refused).doesNotContain("camille.martin").doesNotContain("450000");
        List<List<String>> rows = Csv.parse(csv);
        JsonNode tableSchema = JSON.readTree(given().get("/schemas/panorama.tableschema.json").then().statusCode(200).extract().asString());
        List<String> columns = new ArrayList<>();
        tableSchema.get("fields").forEach(f -> columns.add(f.get("name").asText()));
        assertThat(rows.get(0)).isEqualTo(columns);
        assertThat(rows).hasSize(4);
        assertThat(Csv.violations(tableSchema, rows)).isEmpty();
        List<String> betaRow = rows.stream().filter(r -> r.get(0).equals(beta)).findFirst().orElseThrow();
        assertThat(betaRow.get(columns.indexOf("nom"))).isEqualTo("Assistant Bêta");
        assertThat(betaRow.get(columns.indexOf("modes_deploiement"))).isEqualTo("SAAS|ON_PREMISES");
        assertThat(betaRow.get(columns.indexOf("conforme_rgpd"))).isEqualTo("oui");

        // the public pages: grouped by family, accent-insensitive search, filters, a page per solution
        String page = given().get("/panorama/" + d.code).then().statusCode(200).extract().asString();
        assertThat(page).contains("Lecteur Éléphant", "Assistant Bêta", "Pilote Financé", "Traitement automatique de documents")
                .doesNotContain("Projet Écarté");
        assertThat(given().queryParam("q", "elephant").get("/panorama/" + d.code).then().statusCode(200).extract().asString())
                .contains("Lecteur Éléphant", "1 solution trouvée").doesNotContain("Assistant Bêta");
        assertThat(given().queryParam("q", "ÉCARTÉ").get("/panorama/" + d.code).then().statusCode(200).extract().asString())
                .contains("Aucune solution ne répond");
        assertThat(given().queryParam("famille", "ASSISTANTS").get("/panorama/" + d.code).then().extract().asString())
                .contains("Assistant Bêta").doesNotContain("Lecteur Éléphant");
        assertThat(given().queryParam("volet", Deliberation.FINANCED).queryParam("hebergement", "FRANCE")
                .get("/panorama/" + d.code).then().extract().asString()).contains("Pilote Financé").doesNotContain("Assistant Bêta");
        assertThat(given().queryParam("hebergement", "OUTSIDE_EUROPEAN_UNION").get("/panorama/" + d.code).then().extract()
                .asString()).contains("Aucune solution");
        given().get("/panorama/" + d.code + "/solutions/" + beta).then().statusCode(200)
                .body(containsString("Beta Data (tests)"), containsString("dominique.bernard@beta-data.example"),
                        containsString("publication de la fiche"));
        given().get("/panorama/" + d.code + "/solutions/" + refused).then().statusCode(404);
        given().get("/panorama").then().statusCode(200).body(containsString("/panorama/" + d.code));

        // enrichment: audited, public only at the next publication, then in the history
        as(Tokens.ADMIN).body(Map.of("version", "3.0", "note", "Nouvelle version annoncée par l’éditeur"))
                .put("/api/campaigns/" + d.code + "/panorama/" + beta).then().statusCode(200)
                .body("entry.version", equalTo("3.0")).body("audit", hasSize(1)).body("audit[0].by", equalTo("admin"));
        as(Tokens.ADMIN).body(Map.of("website", "ftp://exemple", "note", "Site"))
                .put("/api/campaigns/" + d.code + "/panorama/" + beta).then().statusCode(422)
                .contentType("application/problem+json").body(containsString("https://"));
        as(Tokens.ADMIN).body(Map.of("version", "4.0")).put("/api/campaigns/" + d.code + "/panorama/" + beta).then()
                .statusCode(422).body(containsString("pourquoi la fiche change"));
        as(Tokens.ADMIN).body(Map.of("version", "3.0", "note", "Encore")).put("/api/campaigns/" + d.code + "/panorama/" + beta)
                .then().statusCode(422).body("detail", containsString("Rien n’a changé"));
        as(Tokens.ADMIN).body(Map.of("version", "x", "note", "n")).put("/api/campaigns/" + d.code + "/panorama/" + refused)
                .then().statusCode(404);
        as(Tokens.CANDIDATE_B).body(Map.of("version", "9", "note", "moi")).put("/api/campaigns/" + d.code + "/panorama/" + beta)
                .then().statusCode(403);
        assertThat(solution(JSON.readTree(given().get(publicJson).then().extract().asString()), beta).get("version").isNull())
                .as("pas public avant la publication suivante").isTrue();

        as(Tokens.ADMIN_2).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200).body("revision", equalTo(2));
        given().header("If-None-Match", etag).get(publicJson).then().statusCode(200);
        JsonNode second = JSON.readTree(given().get(publicJson).then().extract().asString());
        assertThat(validate(second)).isEmpty();
        JsonNode betaAfter = solution(second, beta);
        assertThat(betaAfter.get("version").asText()).isEqualTo("3.0");
        JsonNode change = betaAfter.get("history").get(0);
        assertThat(change.get("field").asText()).isEqualTo("version");
        assertThat(change.get("before").isNull()).isTrue();
        assertThat(change.get("after").asText()).isEqualTo("3.0");
        assertThat(change.get("revision").asInt()).isEqualTo(2);
        assertThat(solution(second, elephant).get("history")).hasSize(1);
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/panorama/" + beta).then().body("audit[0].publishedIn", equalTo(2));

        // deployment feedback: by an administration, public once approved
        Map<String, Object> feedback = Map.of("deployedOn", LocalDate.now().minusMonths(2).toString(),
                "context", "Service des courriers de la préfecture, 40 agents", "outcome", "IN_USE");
        // an account without organisation may not sign one (a fresh account: other tests declare the realm's buyer's)
        String withoutOrganisation = Scenario.uniqueCode("sansorg").toLowerCase();
        KeycloakAdmin.createAccount(withoutOrganisation, withoutOrganisation + "@organisation.example", true);
        as(withoutOrganisation).get("/api/me/organisation").then().statusCode(404);
        as(withoutOrganisation).body(feedback).post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks").then()
                .statusCode(403).body("detail", containsString("administration"));
        Scenario.verifiedBuyerAdministration();
        as(Tokens.CANDIDATE_A).body(feedback).post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks").then()
                .statusCode(403);
        given().contentType("application/json").body(feedback).post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks")
                .then().statusCode(401);
        as(Tokens.BUYER).body(Map.of("deployedOn", LocalDate.now().plusDays(3).toString(), "context", "Demain", "outcome", "IN_USE"))
                .post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks").then().statusCode(422)
                .body(containsString("futur"));
        as(Tokens.BUYER).body(Map.of("deployedOn", "2026-01-01", "outcome", "PEUT-ÊTRE"))
                .post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks").then().statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.BUYER).body(feedback).post("/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks").then()
                .statusCode(201).body("organisation", equalTo("Direction des achats (tests)"));
        // held until an administrator approves it (FeedbackModerationTest shows it is public nowhere before)
        Integer pendingId = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/panorama/" + beta).then().statusCode(200)
                .body("feedbacks", hasSize(1)).body("feedbacks[0].state", equalTo("PENDING")).extract().path("feedbacks[0].id");
        as(Tokens.ADMIN).post("/api/feedbacks/" + pendingId + "/approval").then().statusCode(200);
        JsonNode withFeedback = JSON.readTree(given().get(publicJson).then().extract().asString());
        assertThat(validate(withFeedback)).isEmpty();
        JsonNode recorded = solution(withFeedback, beta).get("feedbacks").get(0);
        assertThat(recorded.get("outcome").get("label").asText()).isEqualTo("En service");
        assertThat(withFeedback.toString()).doesNotContain("acheteur").doesNotContain("Léa");
        given().get("/panorama/" + d.code + "/solutions/" + beta).then().body(containsString("Direction des achats (tests)"),
                containsString("Service des courriers de la préfecture"));

        // an administrator withdraws a feedback from the public pages, with a reason that stays private
        Integer feedbackId = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/panorama/" + beta).then().statusCode(200)
                .body("feedbacks", hasSize(1)).extract().path("feedbacks[0].id");
        String hide = "/api/campaigns/" + d.code + "/panorama/" + beta + "/feedbacks/" + feedbackId + "/hide";
        as(Tokens.BUYER).body(Map.of("reason", "moi")).post(hide).then().statusCode(403);
        as(Tokens.ADMIN).body(Map.of("reason", " ")).post(hide).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("pourquoi ce retour est retiré"));
        as(Tokens.ADMIN).body(Map.of("reason", "Contient le nom d’un agent")).post(hide).then().statusCode(200)
                .body("feedbacks[0].moderatedBy", equalTo("admin")).body("feedbacks[0].state", equalTo("REJECTED"));
        as(Tokens.ADMIN).body(Map.of("reason", "Encore")).post(hide).then().statusCode(409);
        String afterHiding = given().get(publicJson).then().statusCode(200).extract().asString();
        assertThat(solution(JSON.readTree(afterHiding), beta).get("feedbacks")).isEmpty();
        assertThat(afterHiding).doesNotContain("Service des courriers").doesNotContain("nom d’un agent");
        given().get("/panorama/" + d.code + "/solutions/" + beta).then().body(not(containsString("Service des courriers")));
    }

    @Test
    void anAdministrationGivesFeedbackOnlyOnceAnAdministratorVerifiedIt() {
        // given a published panorama and an account that declared itself a ministry, which nobody verified yet
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Solution vérifiée", "DOCUMENTS", 4)))
                .decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String file = d.ref("Solution vérifiée");
        String ministry = "Ministère imaginaire " + Scenario.uniqueCode("M");
        String impostor = Scenario.candidateOfNewOrganisation(ministry, "ADMINISTRATION");
        Integer organisation = as(impostor).get("/api/me/organisation").then().statusCode(200)
                .body("verified", equalTo(false)).extract().path("id");
        Map<String, Object> feedback = Map.of("deployedOn", LocalDate.now().minusMonths(1).toString(),
                "context", "Bureau des affaires imaginaires", "outcome", "IN_USE");
        String feedbacks = "/api/campaigns/" + d.code + "/panorama/" + file + "/feedbacks";

        // when it writes as the ministry, then it is refused in French and nothing is published
        as(impostor).body(feedback).post(feedbacks).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("pas encore été vérifiée par un administrateur"));
        given().auth().oauth2(Tokens.of(impostor)).accept("text/html").get("/panorama/" + d.code + "/solutions/" + file + "/retour")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("pas encore été vérifiée par un administrateur"));
        given().get("/panorama/" + d.code + "/solutions/" + file).then().body(not(containsString("Bureau des affaires imaginaires")));

        // only an administrator verifies, once; who and when are kept; a company is no administration to verify
        String verification = "/api/organisations/" + organisation + "/verification";
        as(impostor).post(verification).then().statusCode(403);
        as(Tokens.ADMIN).post(verification).then().statusCode(200)
                .body("verified", equalTo(true)).body("verifiedBy", equalTo("admin")).body("verifiedAt", notNullValue());
        as(Tokens.ADMIN).post(verification).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("déjà vérifiée"));
        Integer company = as(Tokens.CANDIDATE_A).get("/api/me/organisation").then().extract().path("id");
        as(Tokens.ADMIN).post("/api/organisations/" + company + "/verification").then().statusCode(409)
                .body("detail", containsString("entreprise"));
        as(Tokens.ADMIN).post("/api/organisations/999999999/verification").then().statusCode(404);

        // then its feedback is public once approved, marked as coming from a verified administration
        as(impostor).body(feedback).post(feedbacks).then().statusCode(201).body("organisationVerified", equalTo(true));
        Integer pendingId = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/panorama/" + file).then().statusCode(200)
                .extract().path("feedbacks[0].id");
        as(Tokens.ADMIN).post("/api/feedbacks/" + pendingId + "/approval").then().statusCode(200);
        given().get("/panorama/" + d.code + "/solutions/" + file).then()
                .body(containsString("Bureau des affaires imaginaires"), containsString("Administration vérifiée"));
    }

    @Test
    void unknownOrUnpublishedCampaignsAnswerInFrench() {
        given().get("/api/public/campaigns/NULLE-PART/panorama").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NULLE-PART"));
        given().get("/api/public/campaigns/NULLE-PART/panorama.csv").then().statusCode(404);
        given().accept("text/html").get("/panorama/NULLE-PART").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Aucun panorama publié"));
        as(Tokens.ADMIN).post("/api/campaigns/NULLE-PART/publish").then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonNode withoutHistory(JsonNode solutions) {
        JsonNode copy = solutions.deepCopy();
        copy.forEach(s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s).remove("history"));
        return copy;
    }

    private static List<String> references(JsonNode document) {
        List<String> refs = new ArrayList<>();
        document.get("solutions").forEach(s -> refs.add(s.get("reference").asText()));
        return refs;
    }

    private static JsonNode solution(JsonNode document, String reference) {
        for (JsonNode s : document.get("solutions")) {
            if (s.get("reference").asText().equals(reference)) {
                return s;
            }
        }
        throw new AssertionError(reference + " absent du panorama");
    }

    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> schemaFieldsOfSolution() throws Exception {
        JsonNode schema = JSON.readTree(given().get(PanoramaDocument.SCHEMA).then().statusCode(200).extract().asString());
        return fieldsOf(schema.get("properties").get("solutions").get("items").get("properties"));
    }

    private static Set<ValidationMessage> validate(JsonNode document) {
        String schemaText = given().get(PanoramaDocument.SCHEMA).then().statusCode(200).extract().asString();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        return schema.validate(document);
    }
}
