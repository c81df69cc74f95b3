package fr.amiengine.needs;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The census read: the administrators' figures, by family, ministry, type and constraint, on this test's own ministry;
 * the public census valid against its schema, counting open needs only, naming a ministry only from three needs, and
 * never holding a text an administration typed.
 */
@QuarkusTest
class NeedCensusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void administratorsCountTheNeedsByFamilyMinistryTypeAndConstraint() {
        String ministry = "Ministère du recensement " + Scenario.uniqueCode("M");
        String buyer = Scenario.newVerifiedBuyer("Direction recensée " + Scenario.uniqueCode("D"));
        Map<String, Object> first = Needs.body("Premier", ministry);
        Map<String, Object> second = Needs.body("Second", ministry);
        second.put("administrationType", "OPERATOR");
        second.put("hostingRequired", "EUROPEAN_UNION");
        second.put("securityRequired", List.of("SECNUMCLOUD", "HDS"));
        second.put("identityFederationRequired", null);
        as(buyer).body(first).post("/api/me/needs").then().statusCode(201);
        String closed = as(buyer).body(second).post("/api/me/needs").then().statusCode(201).extract().path("reference");
        as(buyer).post("/api/me/needs/" + closed + "/close").then().statusCode(200);

        JsonPath census = given().auth().oauth2(Tokens.of(Tokens.ADMIN)).queryParam("ministry", ministry)
                .get("/api/needs/census").then().statusCode(200).body("needs", equalTo(2)).extract().jsonPath();
        assertThat(census.getList("byFamily.code")).containsExactly(Scenario.FAMILY);
        assertThat(census.getList("byFamily.needs", Integer.class)).containsExactly(2);
        assertThat(census.getList("byMinistry.label")).containsExactly(ministry);
        assertThat(census.getMap("byAdministrationType.collectEntries { [it.code, it.needs] }")).containsEntry("MINISTRY", 1)
                .containsEntry("OPERATOR", 1);
        Map<String, Integer> constraints = census.getMap("byConstraint.collectEntries { [it.code, it.needs] }");
        assertThat(constraints).containsEntry("HOSTING_FRANCE", 1).containsEntry("HOSTING_EUROPEAN_UNION", 1)
                .containsEntry("SECURITY_SECNUMCLOUD", 2).containsEntry("SECURITY_HDS", 1)
                .containsEntry("IDENTITY_FEDERATION", 1).containsEntry("DEPLOYMENT_SAAS", 2).containsEntry("SECURITY_CSPN", 0);
        assertThat(census.getList("list.title")).containsExactlyInAnyOrder("Premier", "Second");

        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).queryParam("ministry", ministry).queryParam("state", "OPEN")
                .queryParam("administrationType", "MINISTRY").queryParam("family", Scenario.FAMILY)
                .get("/api/needs/census").then().statusCode(200).body("needs", equalTo(1)).body("list[0].title", equalTo("Premier"));
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).queryParam("state", "PERDU").get("/api/needs/census").then().statusCode(422);

        String page = given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html")
                .queryParam("ministere", ministry).get("/admin/besoins")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Recensement des besoins", "Premier", "Second", "<svg role=\"img\"", "Besoins par contrainte impérative");
    }

    @Test
    void thePublicCensusIsValidAnonymousAndCountsOpenNeedsOnly() throws Exception {
        String marker = "MARQUEUR-PRIVE-" + Scenario.uniqueCode("X");
        String bigMinistry = "Ministère nommé " + Scenario.uniqueCode("N");
        String smallMinistry = "Ministère discret " + marker;
        String buyer = Scenario.newVerifiedBuyer("Administration secrète " + marker);
        JsonNode before = JSON.readTree(given().get("/api/public/needs/census").then().statusCode(200).extract().asString());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Needs.body("Intitulé " + marker, bigMinistry);
            body.put("context", "Contexte " + marker);
            body.put("mission", "Mission " + marker);
            body.put("privateNotes", "Notes " + marker);
            body.put("identityFederationRequired", "Fédération " + marker);
            as(buyer).body(body).post("/api/me/needs").then().statusCode(201);
        }
        as(buyer).body(Needs.body("Intitulé " + marker, smallMinistry)).post("/api/me/needs").then().statusCode(201);
        String closed = as(buyer).body(Needs.body("Clos " + marker, bigMinistry)).post("/api/me/needs").then().statusCode(201)
                .extract().path("reference");
        as(buyer).post("/api/me/needs/" + closed + "/close").then().statusCode(200);

        String json = given().get("/api/public/needs/census").then().statusCode(200).contentType("application/json")
                .header("Link", containsString("/schemas/needs-census.schema.json")).extract().asString();
        JsonNode census = JSON.readTree(json);
        String schemaText = given().get(PublicNeedCensus.SCHEMA).then().statusCode(200).extract().asString();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        assertThat(schema.validate(census)).isEmpty();

        // four open needs more (the closed one is not counted); the ministry of three is named, the other is not
        assertThat(census.get("openNeeds").asLong() - before.get("openNeeds").asLong()).isEqualTo(4);
        assertThat(census.get("otherMinistriesNeeds").asLong() - before.get("otherMinistriesNeeds").asLong()).isEqualTo(1);
        boolean named = false;
        for (JsonNode m : census.get("byMinistry")) {
            if (m.get("name").asText().equals(bigMinistry)) {
                named = true;
                assertThat(m.get("needs").asInt()).isEqualTo(3);
            }
        }
        assertThat(named).as("le ministère de trois besoins ouverts est nommé").isTrue();

        String csv = new String(given().get("/api/public/needs/census.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdimension;code;libelle;code_type_administration;type_administration;besoins\r\n")
                .contains("ministere;;" + bigMinistry + ";;;3\r\n").contains("total;;Besoins ouverts;;;");
        String page = given().accept("text/html").get("/besoins/recensement").then().statusCode(200).extract().asString();
        assertThat(page).contains("Recensement public des besoins", bigMinistry, "au moins 3 besoins ouverts", "<svg role=\"img\"");

        for (String published : List.of(json, csv, page)) {
            assertThat(published).doesNotContain(marker).doesNotContain("Administration secrète");
        }
        String schemaTable = given().get(PublicNeedCensus.TABLE_SCHEMA).then().statusCode(200).extract().asString();
        List<String> columns = new ArrayList<>();
        JSON.readTree(schemaTable).get("fields").forEach(f -> columns.add(f.get("name").asText()));
        assertThat(String.join(";", columns)).isEqualTo(csv.substring(1, csv.indexOf("\r\n")));
    }
}
