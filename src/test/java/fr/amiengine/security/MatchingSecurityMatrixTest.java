package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Needs;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SecurityHeaders;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the matching of needs, for nobody, the company that holds the published solution
 * (candidate A), an evaluator, the buyer whose administration declared the need, and an administrator, in that order
 * (so the buyer changes state before the administrator asks): a need's matches and marks are its administration's
 * only (404 to others, as an unknown need), a company reads the needs marked on its own solutions, the coverage is the
 * administrators'.
 */
@QuarkusTest
class MatchingSecurityMatrixTest {

    private record Row(String method, String path, String body, int... expected) {
    }

    @Test
    void everyMatchingEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).decidedAndSent();
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String entry = d.ref("Solution");
        String buyer = Scenario.newVerifiedBuyer("Administration " + Scenario.uniqueCode("MAT"));
        Number organisation = given().auth().oauth2(Tokens.of(buyer)).get("/api/me/organisation").then().statusCode(200)
                .extract().path("id");
        String need = Needs.declare(organisation.longValue(), buyer, n -> { });
        String[] callers = {null, Tokens.CANDIDATE_A, Tokens.EVALUATOR, buyer, Tokens.ADMIN};
        String mark = "{\"entry\":\"" + entry + "\"}";
        List<Row> rows = List.of(
                new Row("GET", "/api/me/needs/" + need + "/matches", null, 401, 404, 404, 200, 404),
                new Row("GET", "/api/me/needs/BES-INCONNU/matches", null, 401, 404, 404, 404, 404),
                new Row("POST", "/api/me/needs/" + need + "/interests", mark, 401, 404, 404, 201, 404),
                new Row("GET", "/api/me/interests", null, 401, 200, 200, 200, 200),
                new Row("DELETE", "/api/me/needs/" + need + "/interests/" + entry, null, 401, 404, 404, 204, 404),
                new Row("GET", "/api/needs/coverage", null, 401, 403, 403, 403, 200),
                new Row("GET", "/besoins/" + need + "/solutions", null, 302, 404, 404, 200, 404),
                new Row("POST", "/besoins/" + need + "/solutions/interet", "entry=" + entry + "&action=marquer", 302, 404, 404, 303, 404),
                new Row("GET", "/organisation/besoins", null, 302, 200, 200, 200, 200),
                new Row("GET", "/admin/besoins/couverture", null, 302, 403, 403, 403, 200));
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < callers.length; i++) {
                Response response = request(callers[i], r).request(r.method(), r.path());
                String who = callers[i] == null ? "anonyme" : i == 3 ? "acheteur du besoin" : callers[i];
                if (response.statusCode() != r.expected()[i]) {
                    mismatches.add(String.format("%-6s %-60s %-20s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected()[i], response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(r.method() + " " + r.path() + " " + who + " " + m));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité du rapprochement des besoins").isEmpty();
    }

    private static RequestSpecification request(String user, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (user != null) {
            spec.auth().oauth2(Tokens.of(user));
        }
        if (row.body() != null) {
            spec.contentType(row.body().startsWith("{") ? "application/json" : "application/x-www-form-urlencoded").body(row.body());
        }
        return spec;
    }
}
