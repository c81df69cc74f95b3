package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Api;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SecurityHeaders;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of a renunciation and of the promotion from the waiting list, for each kind of caller: only
 * a member of the laureate's organisation renounces (another company is answered as for an unknown file), only
 * administrators read the proposals and approve or reject them. A verified buyer is a member of an administration, a
 * candidate-role account that owns no file here. The rows that change something come last, in an order that leaves
 * them refused but the last administrator's approval.
 */
@QuarkusTest
class WaitlistSecurityMatrixTest {

    enum Who {
        NOBODY(null), OTHER_COMPANY(Tokens.CANDIDATE_B), EVALUATOR(Tokens.EVALUATOR), BUYER(Tokens.BUYER), OWNER(Tokens.CANDIDATE_A),
        ADMIN(Tokens.ADMIN);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    record Row(String method, String path, String body, Map<Who, Integer> expected) {
    }

    private static Map<Who, Integer> expect(int nobody, int other, int evaluator, int buyer, int owner, int admin) {
        Map<Who, Integer> map = new LinkedHashMap<>();
        map.put(Who.NOBODY, nobody);
        map.put(Who.OTHER_COMPANY, other);
        map.put(Who.EVALUATOR, evaluator);
        map.put(Who.BUYER, buyer);
        map.put(Who.OWNER, owner);
        map.put(Who.ADMIN, admin);
        return map;
    }

    @Test
    void everyWaitlistEndpointAndPageAnswersEachRoleAsExpected() {
        Scenario.verifiedBuyerAdministration();
        // general track, 2 seats: S1 (A) and S2 (B) retained, S3 (A) and S4 (B) waitlisted; financed: F1 (A) retained
        Deliberation d = Deliberation.evaluated(2, null, List.of(
                Deliberation.general("S1", Scenario.FAMILY, 5.0), Deliberation.general("S2", Scenario.FAMILY, 4.5),
                Deliberation.general("S3", Scenario.FAMILY, 4.0), Deliberation.general("S4", Scenario.FAMILY, 3.0),
                Deliberation.financed("F1", Scenario.FAMILY, 100_000, 4.0))).open();
        Api.as(Tokens.ADMIN).body(Map.of("waitlist", 2)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200);
        Api.as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
        Api.as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
        d.committee.runCampaignJob(ProcessVariables.TASK_FINALISE_DECISIONS);
        String code = d.code;
        String renounced = d.ref("S1");
        String retained = d.ref("F1");
        String waitlisted = d.ref("S3");
        Api.as(Tokens.CANDIDATE_A).body(Map.of("reason", "Rachat")).post("/api/candidatures/" + renounced + "/renunciation").then()
                .statusCode(200);
        d.committee.runJob(ProcessVariables.renunciationKey(renounced), ProcessVariables.TASK_SEND_WITHDRAWAL_ACKNOWLEDGEMENT);

        String reason = "{\"reason\":\"Motif\"}";
        List<Row> rows = List.of(
                new Row("GET", "/api/campaigns/" + code + "/waitlist", null, expect(401, 403, 403, 403, 403, 200)),
                new Row("GET", "/api/renunciations/" + renounced, null, expect(401, 403, 403, 403, 403, 200)),
                new Row("GET", "/api/renunciations/SANS-DESISTEMENT", null, expect(401, 403, 403, 403, 403, 404)),
                new Row("GET", "/admin/campagnes/" + code + "/liste-attente", null, expect(302, 403, 403, 403, 403, 200)),
                new Row("GET", "/candidatures/" + retained + "/renonciation", null, expect(302, 404, 403, 404, 200, 403)),
                new Row("GET", "/candidatures/" + renounced + "/accuse-de-desistement.pdf", null, expect(302, 404, 404, 404, 200, 200)),
                new Row("GET", "/candidatures/" + renounced + "/lettre-de-decision-promotion.pdf", null,
                        expect(302, 404, 404, 404, 404, 404)),
                // a waitlisted file cannot be renounced: its owner is refused (409), nothing changes
                new Row("POST", "/api/candidatures/" + waitlisted + "/renunciation", reason, expect(401, 404, 403, 404, 409, 403)),
                new Row("POST", "/candidatures/" + waitlisted + "/renonciation", "form:reason=Motif&confirm=oui",
                        expect(302, 404, 403, 404, 409, 403)),
                // a rejection without a reason is refused (422): the promotion still waits
                new Row("POST", "/api/renunciations/" + renounced + "/rejection", "{\"reason\":\"\"}", expect(401, 403, 403, 403, 403, 422)),
                new Row("POST", "/admin/renonciations/" + renounced + "/rejet", "form:reason=", expect(302, 403, 403, 403, 403, 422)),
                // the administrator approves first, then cannot approve again through the page (four eyes)
                new Row("POST", "/api/renunciations/" + renounced + "/approval", null, expect(401, 403, 403, 403, 403, 200)),
                new Row("POST", "/admin/renonciations/" + renounced + "/approbation", "form:", expect(302, 403, 403, 403, 403, 409)));
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (Who who : Who.values()) {
                Response response = request(who, r).request(r.method(), r.path());
                if (response.statusCode() != r.expected().get(who)) {
                    mismatches.add(String.format("%-6s %-62s %-13s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected().get(who), response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(String.format("%-6s %-62s %-13s %s",
                        r.method(), r.path(), who, m)));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité de la liste d’attente").isEmpty();
    }

    private static RequestSpecification request(Who who, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (who.user != null) {
            spec.auth().oauth2(Tokens.of(who.user));
        }
        if (row.body() != null && row.body().startsWith("form:")) {
            spec.contentType("application/x-www-form-urlencoded");
            for (String pair : row.body().substring(5).split("&")) {
                String[] kv = pair.split("=", 2);
                if (!kv[0].isEmpty()) {
                    spec.formParam(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
        } else if (row.body() != null) {
            spec.contentType("application/json").body(row.body());
        }
        return spec;
    }
}
