package fr.amiengine.publication.rules;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the selection, public from the call's opening (CRPA L312-1-3): what they say, that they are frozen at the
 * opening, hidden before it, and completed with the committee once the decisions are final.
 */
@QuarkusTest
class RulesApiTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void beforeTheOpeningThereAreNoRulesToReadAndTheAnswerIsAFrench404() {
        String draft = Scenario.draftCampaign();

        given().get("/api/public/campaigns/" + draft + "/rules").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("les règles d’une campagne sont publiées à son ouverture"));
        as(Tokens.ADMIN).get("/api/public/campaigns/" + draft + "/rules").then().statusCode(404);
        given().get("/api/public/campaigns/INCONNUE-0/rules").then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/campagnes/" + draft + "/regles").then().statusCode(404);
    }

    @Test
    void theOpeningPublishesTheGridTheAggregationTheTieRulesTheConstraintsAndTheEvaluationToAnybody() throws Exception {
        String code = openCampaignWithGrid();

        String body = given().get("/api/public/campaigns/" + code + "/rules").then().statusCode(200)
                .contentType("application/json").header("Link", containsString("/schemas/rules.schema.json"))
                .extract().asString();
        JsonNode rules = json.readTree(body);

        assertThat(validate(rules)).as("conforme au schéma publié").isEmpty();
        assertThat(rules.get("version").asInt()).isEqualTo(1);
        assertThat(rules.get("legalBasis").asText()).contains("L312-1-3");
        assertThat(rules.get("campaign").get("page").asText()).isEqualTo("http://127.0.0.1:8080/campagnes/" + code + "/regles");
        assertThat(rules.get("campaign").get("contact").get("service").asText()).isEqualTo(Scenario.CONTACT_SERVICE);
        JsonNode impact = rules.get("grid").get("criteria").get(0);
        assertThat(impact.get("key").asText()).isEqualTo("IMPACT");
        assertThat(impact.get("weight").decimalValue()).isEqualByComparingTo("35");
        assertThat(impact.get("weightPercent").decimalValue()).isEqualByComparingTo("35");
        assertThat(impact.get("scale").get("max").decimalValue()).isEqualByComparingTo("5");
        assertThat(impact.get("scale").get("step").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(impact.get("threshold").decimalValue()).isEqualByComparingTo("2");
        assertThat(rules.get("grid").get("criteria").get(1).get("threshold").isNull()).isTrue();
        assertThat(rules.get("grid").get("thresholds").asText()).contains("n’est pas éligible");

        JsonNode aggregation = rules.get("aggregation");
        assertThat(aggregation.get("evaluatorTotal").get("formula").asText()).contains("Σᵢ poidsᵢ × (noteᵢ − minᵢ) / (maxᵢ − minᵢ)");
        assertThat(aggregation.get("rawScore").get("description").asText()).contains("moyenne arithmétique des totaux");
        assertThat(aggregation.get("normalisedScore").get("formula").asText()).contains("w = nₑ / (nₑ + 3)");
        assertThat(aggregation.get("normalisedScore").get("damping").asInt()).isEqualTo(3);
        assertThat(aggregation.get("rankingBasis").get("code").asText()).isEqualTo("NORMALISED");
        assertThat(aggregation.get("rankingBasisRule").asText()).startsWith("Le classement suit la note normalisée");

        List<String> ties = new ArrayList<>();
        rules.get("ranking").get("tieRules").forEach(t -> ties.add(t.asText()));
        assertThat(ties).hasSize(5);
        assertThat(ties.get(1)).contains("«\u00a0Impact attendu sur les missions de service public\u00a0»");
        assertThat(ties.get(3)).contains("déposé le premier");

        JsonNode selection = rules.get("selection");
        assertThat(selection.get("tracks").get(1).get("seats").asInt()).isEqualTo(2);
        assertThat(selection.get("tracks").get(1).get("budgetEuros").asLong()).isEqualTo(500_000L);
        assertThat(selection.get("families").get(1).get("minRetained").asInt()).isEqualTo(1);
        assertThat(selection.get("families").get(1).get("maxRetained").asInt()).isEqualTo(3);
        assertThat(selection.get("method").asText()).contains("calculée exactement", "CP-SAT");

        JsonNode evaluation = rules.get("evaluation");
        assertThat(evaluation.get("evaluatorsPerFile").asInt()).isEqualTo(3);
        assertThat(evaluation.get("disagreement").get("spread").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(evaluation.get("disagreement").get("policy").get("code").asText()).isEqualTo("CONSENSUS");
        assertThat(evaluation.get("disagreement").get("rule").asText())
                .contains("25\u00a0% de l’amplitude du barème du critère (soit 1,25 point sur un barème de 0 à 5)", "note commune");
        assertThat(rules.get("committee").isNull()).as("le comité vient avec les décisions").isTrue();

        // public: the same document with or without an account
        for (String user : List.of(Tokens.CANDIDATE_A, Tokens.EVALUATOR, Tokens.ADMIN)) {
            assertThat(as(user).get("/api/public/campaigns/" + code + "/rules").then().statusCode(200).extract().asString())
                    .isEqualTo(body);
        }
        String etag = given().get("/api/public/campaigns/" + code + "/rules").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/public/campaigns/" + code + "/rules").then().statusCode(304);
        given().get("/api/public/campaigns/" + code + "/rules?version=2").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theRulesStayAsTheyWereAtTheOpeningWhateverIsChangedInTheCampaignAfterwards() {
        String code = openCampaignWithGrid();
        String before = given().get("/api/public/campaigns/" + code + "/rules").then().statusCode(200).extract().asString();

        // the API refuses any change once the call is open...
        Map<String, Object> edit = grid(code, Instant.now().minus(Duration.ofMinutes(1)));
        as(Tokens.ADMIN).body(edit).put("/api/campaigns/" + code).then().statusCode(409);
        // ...and a change made behind its back, in the database, does not reach the published rules either
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update campaign_criterion set weight = 80, threshold = 4 where criterion_key = 'IMPACT' "
                    + "and campaign_id = (select id from campaign where code = ?1)").setParameter(1, code).executeUpdate();
            em.createNativeQuery("update campaign_track set seats = 99 where campaign_id = (select id from campaign where code = ?1)")
                    .setParameter(1, code).executeUpdate();
            em.createNativeQuery("update campaign set title = 'Titre changé', ranking_basis = 'RAW', evaluators_per_file = 1 "
                    + "where code = ?1").setParameter(1, code).executeUpdate();
        });

        String after = given().get("/api/public/campaigns/" + code + "/rules").then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before).doesNotContain("Titre changé").doesNotContain("\"seats\":99");
        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Titre changé"));
    }

    @Test
    void onceTheDecisionsAreFinalTheRulesAddTheCommitteeInASecondVersionAndKeepTheFirst() throws Exception {
        Deliberation d = Deliberation.evaluated(1, null, List.of(Deliberation.general("Règles", Scenario.FAMILY, 4)));
        assertThat(given().get("/api/public/campaigns/" + d.code + "/rules").then().statusCode(200).extract()
                .<Integer>path("version")).isEqualTo(1);
        d.decidedAndSent();

        JsonNode second = json.readTree(given().get("/api/public/campaigns/" + d.code + "/rules").then().statusCode(200)
                .extract().asString());
        JsonNode first = json.readTree(given().get("/api/public/campaigns/" + d.code + "/rules?version=1").then().statusCode(200)
                .extract().asString());

        assertThat(validate(second)).isEmpty();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(first.get("committee").isNull()).isTrue();
        List<String> members = new ArrayList<>();
        second.get("committee").get("members").forEach(m -> members.add(m.get("name").asText() + " — " + m.get("administration").asText()));
        assertThat(members).hasSize(2).allMatch(m -> m.contains(" — "));
        assertThat(members).anyMatch(m -> m.startsWith("Élise Petit"));
        assertThat(second.get("committee").get("approvedBy").asText()).isEqualTo("Claire Fontaine, Responsable de programme");
        // everything else is version 1 word for word
        ((com.fasterxml.jackson.databind.node.ObjectNode) second).remove(List.of("version", "publishedAt", "committee"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).remove(List.of("version", "publishedAt", "committee"));
        assertThat(second).isEqualTo(first);

        String page = given().accept("text/html").get("/campagnes/" + d.code + "/regles").then().statusCode(200).extract().asString();
        assertThat(page).contains("Le comité de sélection", "Élise Petit", "Claire Fontaine, Responsable de programme");
    }

    @Test
    void thePublicPageGivesTheRulesAndTheCampaignPageLinksToIt() {
        String code = openCampaignWithGrid();

        String campaignPage = given().accept("text/html").get("/campagnes/" + code).then().statusCode(200).extract().asString();
        assertThat(campaignPage).contains("href=\"/campagnes/" + code + "/regles\"");
        String page = given().accept("text/html").get("/campagnes/" + code + "/regles").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page)
                .contains("<h1>Règles de la sélection — Campagne de test " + code + "</h1>")
                .contains("Impact attendu sur les missions de service public", "35\u00a0%", "au moins 2")
                .contains("w = nₑ / (nₑ + 3)", "Note qui classe les dossiers\u00a0: note normalisée")
                .contains("déposé le premier", "Accompagnement financé", "CP-SAT")
                .contains("La composition du comité sera ajoutée")
                .contains("href=\"/api/public/campaigns/" + code + "/rules\"", "href=\"/schemas/rules.schema.json\"");
    }

    /** An open campaign with a grid of its own: weights 35/25/20/20, thresholds, a family bounded, three evaluators. */
    private static String openCampaignWithGrid() {
        String code = Scenario.uniqueCode("REGLES");
        as(Tokens.ADMIN).body(grid(code, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1))))
                .post("/api/campaigns").then().statusCode(201);
        assertThat(Scenario.processes().openCampaign(code)).isTrue();
        return code;
    }

    private static Map<String, Object> grid(String code, Instant openingAt) {
        Map<String, Object> campaign = Scenario.campaign(code, openingAt, openingAt.plus(Duration.ofDays(30)));
        campaign.put("criteria", List.of(
                Map.of("key", "IMPACT", "weight", 35, "threshold", 2),
                Map.of("key", "MATURITY", "weight", 25),
                Map.of("key", "INTEGRABILITY", "weight", 20),
                Map.of("key", "COMPLIANCE", "weight", 20, "threshold", 2.5)));
        campaign.put("evaluatorsPerFile", 3);
        campaign.put("disagreementSpread", 0.25);
        campaign.put("disagreementPolicy", "CONSENSUS");
        campaign.put("rankingBasis", "NORMALISED");
        campaign.put("families", List.of(
                Map.of("code", Scenario.FAMILY, "label", "Traitement automatique de documents"),
                Map.of("code", "ASSISTANTS", "label", "Assistants conversationnels", "minRetained", 1, "maxRetained", 3)));
        return campaign;
    }

    private static Set<ValidationMessage> validate(JsonNode document) {
        String schemaText = given().get(RulesDocument.SCHEMA).then().statusCode(200).extract().asString();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        return schema.validate(document);
    }
}
