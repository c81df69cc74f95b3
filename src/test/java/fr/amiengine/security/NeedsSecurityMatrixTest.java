package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.needs.Needs;
import fr.amiengine.support.Api;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SecurityHeaders;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the census of needs, for nobody, a company's candidate, an evaluator, a buyer of a
 * verified administration (an account of its own, so that the realm's {@code acheteur} stays undeclared for the tests
 * that expect it so) and an administrator, in that order: the buyer's rows that change a need run after the others
 * were refused. Declaring is a verified administration's alone, the census the administrators', its open data
 * everybody's.
 */
@QuarkusTest
class NeedsSecurityMatrixTest {

    /** One request: {@code form} says the body is a page's form (URL-encoded), else JSON. */
    record Row(String method, String path, String body, boolean form, int... expected) {
    }

    @Test
    void everyNeedsEndpointAndPageAnswersEachRoleAsExpected() {
        Scenario.organisations();
        String buyer = Scenario.newVerifiedBuyer("Direction des besoins (matrice) " + Scenario.uniqueCode("B"));
        Map<String, Object> need = Needs.body("Besoin de la matrice", "Ministère de la matrice");
        String ref = Api.as(buyer).body(need).post("/api/me/needs").then().statusCode(201).extract().path("reference");
        String pageRef = Api.as(buyer).body(need).post("/api/me/needs").then().statusCode(201).extract().path("reference");
        String json = toJson(need);
        need.put("version", 0);
        String jsonWithVersion = toJson(need);
        String form = form(need);
        String[] callers = {null, Tokens.CANDIDATE_A, Tokens.EVALUATOR, buyer, Tokens.ADMIN};
        List<Row> rows = List.of(
                new Row("GET", "/api/public/needs/census", null, false, 200, 200, 200, 200, 200),
                new Row("GET", "/api/public/needs/census.csv", null, false, 200, 200, 200, 200, 200),
                new Row("GET", "/schemas/needs-census.schema.json", null, false, 200, 200, 200, 200, 200),
                new Row("GET", "/schemas/needs-census.tableschema.json", null, false, 200, 200, 200, 200, 200),
                new Row("GET", "/besoins/recensement", null, false, 200, 200, 200, 200, 200),
                new Row("GET", "/api/needs/families", null, false, 401, 200, 200, 200, 200),
                new Row("GET", "/api/needs/census", null, false, 401, 403, 403, 403, 200),
                new Row("GET", "/admin/besoins", null, false, 302, 403, 403, 403, 200),
                new Row("POST", "/api/me/needs", json, false, 401, 403, 403, 201, 403),
                new Row("GET", "/api/me/needs", null, false, 401, 403, 403, 200, 403),
                new Row("GET", "/api/me/needs/" + ref, null, false, 401, 403, 403, 200, 403),
                new Row("PUT", "/api/me/needs/" + ref, jsonWithVersion, false, 401, 403, 403, 200, 403),
                new Row("POST", "/api/me/needs/" + ref + "/close", null, false, 401, 403, 403, 200, 403),
                new Row("GET", "/api/me/needs/BES-999999", null, false, 401, 403, 403, 404, 403),
                new Row("GET", "/besoins", null, false, 302, 403, 403, 200, 403),
                new Row("GET", "/besoins/nouveau", null, false, 302, 403, 403, 200, 403),
                new Row("POST", "/besoins/nouveau", form, true, 302, 403, 403, 303, 403),
                new Row("GET", "/besoins/" + pageRef, null, false, 302, 403, 403, 200, 403),
                new Row("GET", "/besoins/" + pageRef + "/modifier", null, false, 302, 403, 403, 200, 403),
                new Row("POST", "/besoins/" + pageRef + "/modifier", form + "&version=0", true, 302, 403, 403, 303, 403),
                new Row("POST", "/besoins/" + pageRef + "/clore", "", true, 302, 403, 403, 303, 403),
                new Row("GET", "/besoins/" + pageRef + "/modifier", null, false, 302, 403, 403, 409, 403));
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < callers.length; i++) {
                Response response = request(callers[i], r).request(r.method(), r.path());
                String who = callers[i] == null ? "anonyme" : callers[i].startsWith("cand-") ? "acheteur" : callers[i];
                if (response.statusCode() != r.expected()[i]) {
                    mismatches.add(String.format("%-6s %-50s %-12s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected()[i], response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(r.method() + " " + r.path() + " " + who + " " + m));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité du recensement des besoins").isEmpty();
    }

    private static RequestSpecification request(String user, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (user != null) {
            spec.auth().oauth2(Tokens.of(user));
        }
        if (row.body() != null) {
            spec.contentType(row.form() ? "application/x-www-form-urlencoded; charset=UTF-8" : "application/json").body(row.body());
        }
        return spec;
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The need as the page's form posts it: a field per value, lists repeated. */
    private static String form(Map<String, Object> body) {
        List<String> pairs = new ArrayList<>();
        body.forEach((name, value) -> {
            if (name.equals("version") || value == null) {
                return;
            }
            List<?> values = value instanceof List<?> list ? list : Arrays.asList(value);
            values.forEach(v -> pairs.add(name + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)));
        });
        return pairs.stream().collect(Collectors.joining("&"));
    }
}
