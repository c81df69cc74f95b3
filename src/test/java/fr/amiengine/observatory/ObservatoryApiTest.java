package fr.amiengine.observatory;

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
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The observatory's open data: the figures of one campaign (approved feedback only) by type of administration, by
 * outcome, by months since deployment and per quarter; the JSON valid against its schema; the CSV's header equal to
 * its Table Schema; and the pages that show the same figures, with the chart and its table.
 */
@QuarkusTest
class ObservatoryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsOnlyTheApprovedDeploymentsOfTheCampaignAndServesThemAsValidOpenData() throws Exception {
        // given a published panorama, two deployments approved and one waiting for moderation
        Deliberation d = Deliberation.evaluated(2, null, List.of(Deliberation.general("Transcripteur observé", Scenario.FAMILY, 4.5),
                Deliberation.general("Assistant observé", "ASSISTANTS", 4))).decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String file = d.ref("Transcripteur observé");
        String ministry = Scenario.newVerifiedBuyer("Ministère observé " + Scenario.uniqueCode("M"));
        String town = Scenario.newVerifiedBuyer("Commune observée " + Scenario.uniqueCode("V"));
        approve(write(d.code, file, ministry, 14, "IN_USE", "MINISTRY", "Direction des affaires juridiques"));
        approve(write(d.code, file, town, 2, "STOPPED", "LOCAL_AUTHORITY", "Service état civil"));
        write(d.code, file, town, 1, "EXTENDED", "LOCAL_AUTHORITY", "Encore en attente de modération");

        // when anybody reads the observatory of this campaign
        String body = given().get("/api/public/observatory?campaign=" + d.code).then().statusCode(200)
                .header("Link", containsString("/schemas/observatory.schema.json")).extract().asString();
        JsonNode document = JSON.readTree(body);

        // then it is valid, scoped to the campaign, and counts the two approved deployments only
        assertThat(validate(document)).isEmpty();
        assertThat(document.get("campaigns")).hasSize(1);
        JsonNode campaign = document.get("campaigns").get(0);
        assertThat(campaign.get("code").asText()).isEqualTo(d.code);
        assertThat(campaign.get("deployments").asInt()).isEqualTo(2);
        JsonNode solution = solution(campaign, file);
        assertThat(solution.get("deployments").asInt()).isEqualTo(2);
        assertThat(count(solution.get("byAdministrationType"), "MINISTRY")).isEqualTo(1);
        assertThat(count(solution.get("byAdministrationType"), "LOCAL_AUTHORITY")).isEqualTo(1);
        assertThat(count(solution.get("byOutcome"), "IN_USE")).isEqualTo(1);
        assertThat(count(solution.get("byOutcome"), "STOPPED")).isEqualTo(1);
        assertThat(count(solution.get("byOutcome"), "EXTENDED")).isZero();
        assertThat(solution.get("monthsSinceDeployment").get("min").asInt()).isEqualTo(2);
        assertThat(solution.get("monthsSinceDeployment").get("median").asInt()).isEqualTo(8);
        assertThat(solution.get("monthsSinceDeployment").get("max").asInt()).isEqualTo(14);
        int perQuarter = 0;
        for (JsonNode q : solution.get("quarters")) {
            perQuarter += q.get("deployments").asInt();
        }
        assertThat(perQuarter).isEqualTo(2);
        assertThat(solution.get("quarters").size()).isBetween(5, 6);
        assertThat(solution.get("feedbacks")).hasSize(2);
        assertThat(body).contains("Direction des affaires juridiques", "Service état civil")
                .doesNotContain("Encore en attente de modération").doesNotContain(ministry).doesNotContain(town)
                .doesNotContain("author");
        JsonNode other = solution(campaign, d.ref("Assistant observé"));
        assertThat(other.get("deployments").asInt()).isZero();
        assertThat(other.get("monthsSinceDeployment").get("median").isNull()).isTrue();

        // every campaign together is valid too, and holds this one; an unknown campaign is refused in French
        JsonNode all = JSON.readTree(given().get("/api/public/observatory").then().statusCode(200).extract().asString());
        assertThat(validate(all)).isEmpty();
        assertThat(all.get("campaigns").findValuesAsText("code")).contains(d.code);
        given().get("/api/public/observatory?campaign=INCONNUE-" + d.code).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Aucun panorama publié"));

        // the CSV has the Table Schema's columns, one line per solution of the campaign
        String csv = given().get("/api/public/observatory.csv?campaign=" + d.code).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertThat(List.of(lines.get(0).split(";"))).containsExactlyElementsOf(tableSchemaFields());
        assertThat(lines).hasSize(3);
        String line = lines.stream().filter(l -> l.contains(file)).findFirst().orElseThrow();
        List<String> cells = List.of(line.split(";", -1));
        List<String> header = List.of(lines.get(0).split(";"));
        assertThat(cells.get(header.indexOf("deploiements"))).isEqualTo("2");
        assertThat(cells.get(header.indexOf("type_ministry"))).isEqualTo("1");
        assertThat(cells.get(header.indexOf("resultat_stopped"))).isEqualTo("1");
        assertThat(cells.get(header.indexOf("mois_depuis_deploiement_max"))).isEqualTo("14");

        // the pages show the same: the campaign per family, the solution with its chart and the figures' table
        assertThat(Pages.html(Tokens.CANDIDATE_A, "/observatoire/" + d.code)).contains("Transcripteur observé",
                "/observatoire/" + d.code + "/" + file);
        String page = given().get("/observatoire/" + d.code + "/" + file).then().statusCode(200).extract().asString();
        assertThat(page).contains("<svg role=\"img\"", "Déploiements par trimestre", "trimestre", "Direction des affaires juridiques",
                "Collectivité territoriale", "2 déploiements déclarés").doesNotContain("Encore en attente de modération");
        given().get("/observatoire/" + d.code + "/INCONNUE").then().statusCode(404);
    }

    private static Long write(String code, String file, String buyer, int monthsAgo, String outcome, String type, String context) {
        as(buyer).body(Map.of("deployedOn", LocalDate.now().minusMonths(monthsAgo).toString(), "context", context,
                "outcome", outcome, "administrationType", type))
                .post("/api/campaigns/" + code + "/panorama/" + file + "/feedbacks").then().statusCode(201);
        List<Integer> ids = as(Tokens.ADMIN).get("/api/feedbacks?state=PENDING").then().statusCode(200).extract()
                .path("findAll { it.campaignCode == '" + code + "' && it.context == '" + context + "' }.id");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    private static void approve(Long id) {
        as(Tokens.ADMIN).post("/api/feedbacks/" + id + "/approval").then().statusCode(200);
    }

    private static JsonNode solution(JsonNode campaign, String reference) {
        for (JsonNode family : campaign.get("families")) {
            for (JsonNode s : family.get("solutions")) {
                if (s.get("reference").asText().equals(reference)) {
                    return s;
                }
            }
        }
        throw new AssertionError("solution absente de l’observatoire\u00a0: " + reference);
    }

    private static int count(JsonNode counts, String code) {
        for (JsonNode c : counts) {
            if (c.get("code").asText().equals(code)) {
                return c.get("count").asInt();
            }
        }
        throw new AssertionError("code absent\u00a0: " + code);
    }

    private static List<String> tableSchemaFields() throws Exception {
        JsonNode schema = JSON.readTree(given().get("/schemas/observatory.tableschema.json").then().statusCode(200).extract().asString());
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static Set<ValidationMessage> validate(JsonNode document) {
        String schemaText = given().get(ObservatoryDocument.SCHEMA).then().statusCode(200).extract().asString();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        return schema.validate(document);
    }
}
