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
 * Every endpoint and page of the committee session, for each kind of caller, in the order a session goes: the rows
 * that change state (submission, approval) come last, and the administrator is always the last caller of a row.
 */
@QuarkusTest
class SelectionSecurityMatrixTest {

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
    void everySessionEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(workflow, engine, 1, null,
                List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).open();
        String code = d.code;
        String file = d.ref("Solution");
        List<Row> rows = List.of(
                new Row("GET", "/api/campaigns/" + code + "/ranking", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/selection", null, expect(401, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/selection", "{}", expect(401, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/deliberation", null, expect(401, 403, 403, 403, 409)),
                new Row("PUT", "/api/candidatures/" + file + "/decision", "{\"outcome\":\"RETAINED\"}", expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/decisions/ledger", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/candidatures/" + file + "/receipt.pdf", null, expect(401, 403, 403, 404, 404)),
                new Row("GET", "/api/candidatures/" + file + "/decision.pdf", null, expect(401, 403, 403, 404, 404)),
                new Row("GET", "/api/campaigns/" + code + "/minutes.pdf", null, expect(401, 403, 403, 403, 404)),
                new Row("GET", "/admin/campagnes/" + code + "/selection", null, expect(302, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/decisions/submit", null, expect(401, 403, 403, 403, 200)),
                // four eyes: the administrator who submitted cannot approve
                new Row("POST", "/api/campaigns/" + code + "/decisions/approve", "{\"approved\":true}",
                        expect(401, 403, 403, 403, 403)));
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
        assertThat(mismatches).as("écarts à la matrice de sécurité de la délibération").isEmpty();
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
