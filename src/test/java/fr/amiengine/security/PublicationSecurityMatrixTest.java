package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the publication, for each kind of caller, on a published campaign: the public ones answer
 * everybody, the administrators' ones only administrators, deployment feedback only a member of an administration
 * (none of these callers is). The row that publishes again comes last.
 */
@QuarkusTest
class PublicationSecurityMatrixTest {

    enum Who {
        NOBODY(null), OTHER_ORGANISATION(Tokens.CANDIDATE_B), EVALUATOR(Tokens.EVALUATOR), OWNER(Tokens.CANDIDATE_A),
        ADMIN(Tokens.ADMIN);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    record Row(String method, String path, String body, Map<Who, Integer> expected) {
    }

    @Inject
    WorkflowService workflow;

    @Inject
    ProcessEngine engine;

    @Test
    void everyPublicationEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(workflow, engine, 1, null,
                List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).decidedAndSent();
        String code = d.code;
        String file = d.ref("Solution");
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).post("/api/campaigns/" + code + "/publish").then().statusCode(200);
        String feedback = "{\"deployedOn\":\"2026-01-05\",\"context\":\"Un service\",\"outcome\":\"IN_USE\"}";
        List<Row> rows = List.of(
                new Row("GET", "/api/public/campaigns/" + code + "/panorama", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/api/public/campaigns/" + code + "/panorama.csv", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/schemas/panorama.schema.json", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/schemas/panorama.tableschema.json", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code, null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code + "/solutions/" + file, null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code + "/solutions/" + file + "/retour", null, expect(302, 403, 403, 403, 403)),
                new Row("POST", "/api/campaigns/" + code + "/panorama/" + file + "/feedbacks", feedback,
                        expect(401, 403, 403, 403, 403)),
                new Row("GET", "/api/campaigns/" + code + "/publication", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/publication/preview", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/panorama", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/panorama/" + file, null, expect(401, 403, 403, 403, 200)),
                new Row("PUT", "/api/campaigns/" + code + "/panorama/" + file, "{\"version\":\"2\",\"note\":\"Nouvelle version\"}",
                        expect(401, 403, 403, 403, 200)),
                new Row("GET", "/admin/campagnes/" + code + "/publication", null, expect(302, 403, 403, 403, 200)),
                new Row("GET", "/admin/campagnes/" + code + "/panorama/" + file, null, expect(302, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/publish", null, expect(401, 403, 403, 403, 200)));
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (Who who : Who.values()) {
                int status = request(who, r).request(r.method(), r.path()).statusCode();
                if (status != r.expected().get(who)) {
                    mismatches.add(String.format("%-6s %-62s %-18s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected().get(who), status));
                }
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité de la publication").isEmpty();
    }

    private static RequestSpecification request(Who who, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (who.user != null) {
            spec.auth().oauth2(Tokens.of(who.user));
        }
        if (row.body() != null) {
            spec.contentType("application/json").body(row.body());
        }
        return spec;
    }

    private static Map<Who, Integer> expect(int nobody, int other, int evaluator, int owner, int admin) {
        Map<Who, Integer> map = new LinkedHashMap<>();
        map.put(Who.NOBODY, nobody);
        map.put(Who.OTHER_ORGANISATION, other);
        map.put(Who.EVALUATOR, evaluator);
        map.put(Who.OWNER, owner);
        map.put(Who.ADMIN, admin);
        return map;
    }
}
