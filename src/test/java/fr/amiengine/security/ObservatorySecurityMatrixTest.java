package fr.amiengine.security;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SecurityHeaders;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the observatory and of the moderation of deployment feedback, for nobody, a company's
 * candidate, an evaluator, a buyer (member of an administration) and an administrator, in that order (the
 * administrator, who changes state, last): the observatory and its open data answer everybody, the moderation only
 * administrators. Redirects are not followed: a page sends nobody to Keycloak.
 */
@QuarkusTest
class ObservatorySecurityMatrixTest {

    private static final List<String> CALLERS = Arrays.asList(null, Tokens.CANDIDATE_A, Tokens.EVALUATOR, Tokens.BUYER, Tokens.ADMIN);

    /** A request and the status each caller must get; {@code form} is sent as a form, {@code json} as JSON. */
    private record Row(String method, String path, String json, Map<String, String> form, int... expected) {
    }

    @Test
    void everyObservatoryAndModerationEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(Deliberation.general("Solution observée", Scenario.FAMILY, 4)))
                .decidedAndSent();
        String code = d.code;
        String file = d.ref("Solution observée");
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/publish").then().statusCode(200);
        String buyer = Scenario.newVerifiedBuyer("Administration observée " + Scenario.uniqueCode("A"));
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String context = "Déploiement " + i + " " + Scenario.uniqueCode("D");
            as(buyer).body(Map.of("deployedOn", LocalDate.now().minusMonths(i + 1).toString(), "context", context, "outcome", "IN_USE"))
                    .post("/api/campaigns/" + code + "/panorama/" + file + "/feedbacks").then().statusCode(201);
            List<Integer> ids = as(Tokens.ADMIN).get("/api/feedbacks").then().statusCode(200).extract()
                    .path("findAll { it.context == '" + context + "' }.id");
            pending.add(ids.get(0));
        }
        List<Row> rows = List.of(
                new Row("GET", "/observatoire", null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/observatoire/" + code, null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/observatoire/" + code + "/" + file, null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/observatoire/" + code + "/INCONNUE", null, null, 404, 404, 404, 404, 404),
                new Row("GET", "/api/public/observatory", null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/public/observatory?campaign=" + code, null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/public/observatory.csv?campaign=" + code, null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/public/observatory.csv", null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/schemas/observatory.schema.json", null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/schemas/observatory.tableschema.json", null, null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/feedbacks", null, null, 401, 403, 403, 403, 200),
                new Row("GET", "/api/feedbacks?state=REJECTED", null, null, 401, 403, 403, 403, 200),
                new Row("GET", "/admin/retours", null, null, 302, 403, 403, 403, 200),
                new Row("POST", "/api/feedbacks/" + pending.get(0) + "/approval", null, null, 401, 403, 403, 403, 200),
                new Row("POST", "/api/feedbacks/" + pending.get(1) + "/rejection", "{\"reason\":\"Hors sujet\"}", null,
                        401, 403, 403, 403, 200),
                new Row("POST", "/admin/retours/" + pending.get(2) + "/approbation", null, Map.of(), 302, 403, 403, 403, 303),
                new Row("POST", "/admin/retours/" + pending.get(3) + "/refus", null,
                        Map.of("reason-" + pending.get(3), "Hors sujet"), 302, 403, 403, 403, 303));
        assertThat(mismatches(rows)).as("écarts à la matrice de sécurité de l’observatoire").isEmpty();
    }

    private static List<String> mismatches(List<Row> rows) {
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String who = CALLERS.get(i) == null ? "personne" : CALLERS.get(i);
                Response response = request(CALLERS.get(i), r).request(r.method(), r.path());
                if (response.statusCode() != r.expected()[i]) {
                    mismatches.add(String.format("%-6s %-62s %-12s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected()[i], response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(String.format("%-6s %-62s %-12s %s",
                        r.method(), r.path(), who, m)));
            }
        }
        return mismatches;
    }

    private static RequestSpecification request(String user, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (user != null) {
            spec.auth().oauth2(Tokens.of(user));
        }
        if (row.json() != null) {
            spec.contentType("application/json").body(row.json());
        }
        if (row.form() != null) {
            spec.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            row.form().forEach(spec::formParam);
        }
        return spec;
    }
}
