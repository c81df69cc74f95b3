package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The committee's endpoints and pages for nobody, a candidate, a member the file was not given to, an administrator,
 * and the member the file was given to (last, so that the refusals before find it unchanged).
 */
@QuarkusTest
class EvaluationSecurityMatrixTest {

    enum Who {
        NOBODY(null), CANDIDATE(Tokens.CANDIDATE_A), OTHER_MEMBER(Tokens.EVALUATOR_3), ADMIN(Tokens.ADMIN), ASSIGNED(Tokens.EVALUATOR);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    record Row(String method, String path, String body, Map<Who, Integer> expected) {
    }

    record Fixture(String code, String file, long assignment) {
    }

    @Test
    void everyCommitteeEndpointAndPageAnswersEachRoleAsExpected() {
        Fixture shared = fixture();
        List<String> mismatches = new ArrayList<>();
        for (Function<Fixture, Row> row : rows()) {
            check(row.apply(shared), mismatches);
        }
        for (Function<Fixture, Row> row : steppingDown()) {
            check(row.apply(fixture()), mismatches);
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité du comité").isEmpty();
    }

    private void check(Row r, List<String> mismatches) {
        for (Who who : Who.values()) {
            int status = request(who, r).request(r.method(), r.path()).statusCode();
            if (status != r.expected().get(who)) {
                mismatches.add(String.format("%-6s %-62s %-13s attendu %d, reçu %d", r.method(), r.path(), who,
                        r.expected().get(who), status));
            }
        }
    }

    private Fixture fixture() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
        String file = committee.files.get(0);
        return new Fixture(committee.code, file, committee.assignmentOf(Tokens.EVALUATOR, file));
    }

    private RequestSpecification request(Who who, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (who.user != null) {
            spec.auth().oauth2(Tokens.of(who.user));
        }
        if (row.body() != null && row.body().startsWith("form:")) {
            spec.contentType("application/x-www-form-urlencoded");
            for (String pair : row.body().substring(5).split("&")) {
                String[] kv = pair.split("=", 2);
                spec.formParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        } else if (row.body() != null) {
            spec.contentType("application/json").body(row.body());
        }
        return spec;
    }

    private static Map<Who, Integer> expect(int nobody, int candidate, int otherMember, int admin, int assigned) {
        Map<Who, Integer> map = new LinkedHashMap<>();
        map.put(Who.NOBODY, nobody);
        map.put(Who.CANDIDATE, candidate);
        map.put(Who.OTHER_MEMBER, otherMember);
        map.put(Who.ADMIN, admin);
        map.put(Who.ASSIGNED, assigned);
        return map;
    }

    private static List<Function<Fixture, Row>> rows() {
        String partial = "{\"scores\":[{\"criterion\":\"IMPACT\",\"score\":3,\"justification\":\"x\"}]}";
        String due = "{\"dueAt\":\"" + Instant.now().plus(Duration.ofDays(9)) + "\"}";
        return List.of(
                f -> new Row("GET", "/api/me/assignments", null, expect(401, 403, 200, 403, 200)),
                f -> new Row("GET", "/api/me/committees", null, expect(401, 403, 200, 403, 200)),
                f -> new Row("POST", "/api/me/committees/" + f.code() + "/declaration", "{\"links\":[],\"complete\":true}",
                        expect(401, 403, 403, 403, 200)),
                f -> new Row("GET", "/api/campaigns/" + f.code() + "/evaluators", null, expect(401, 403, 403, 200, 403)),
                f -> new Row("POST", "/api/campaigns/" + f.code() + "/evaluators", "{\"email\":\""
                        + Committee.MEMBERS.get(Tokens.EVALUATOR) + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"administration\":\"C\"}",
                        expect(401, 403, 403, 409, 403)),
                f -> new Row("POST", "/api/campaigns/" + f.code() + "/assignments/auto", null, expect(401, 403, 403, 409, 403)),
                f -> new Row("GET", "/api/campaigns/" + f.code() + "/assignments", null, expect(401, 403, 403, 200, 403)),
                f -> new Row("PUT", "/api/assignments/" + f.assignment(), "{\"evaluatorId\":1}", expect(401, 403, 403, 409, 403)),
                f -> new Row("POST", "/api/campaigns/" + f.code() + "/assignments/release", due, expect(401, 403, 403, 409, 403)),
                f -> new Row("GET", "/api/campaigns/" + f.code() + "/progress", null, expect(401, 403, 403, 200, 403)),
                f -> new Row("GET", "/api/campaigns/" + f.code() + "/ledger", null, expect(401, 403, 403, 200, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.code() + "/integrite", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("GET", "/api/candidatures/" + f.file(), null, expect(401, 200, 404, 200, 200)),
                f -> new Row("GET", "/api/assignments/" + f.assignment() + "/evaluation", null, expect(401, 403, 403, 200, 200)),
                f -> new Row("PUT", "/api/assignments/" + f.assignment() + "/evaluation", partial, expect(401, 403, 403, 403, 200)),
                f -> new Row("POST", "/api/assignments/" + f.assignment() + "/evaluation/submit", null, expect(401, 403, 403, 403, 422)),
                f -> new Row("POST", "/api/assignments/" + f.assignment() + "/evaluation/reopen", "{\"reason\":\"x\"}",
                        expect(401, 403, 403, 409, 403)),
                f -> new Row("GET", "/api/candidatures/" + f.file() + "/evaluations", null, expect(401, 403, 404, 200, 403)),
                f -> new Row("POST", "/api/candidatures/" + f.file() + "/consensus", "{\"note\":\"x\"}", expect(401, 403, 403, 403, 409)),
                // pages
                f -> new Row("GET", "/evaluation", null, expect(302, 403, 200, 403, 200)),
                f -> new Row("GET", "/evaluation/campagnes/" + f.code() + "/declaration", null, expect(302, 403, 403, 403, 200)),
                f -> new Row("POST", "/evaluation/campagnes/" + f.code() + "/declaration", "form:action=terminer",
                        expect(302, 403, 403, 403, 303)),
                f -> new Row("GET", "/evaluation/affectations/" + f.assignment(), null, expect(302, 403, 403, 403, 200)),
                f -> new Row("POST", "/evaluation/affectations/" + f.assignment(), "form:action=enregistrer&scores[0].score=3",
                        expect(302, 403, 403, 403, 303)),
                // the draft scores one criterion only: its confirmation step sends the member back to the form
                f -> new Row("GET", "/evaluation/affectations/" + f.assignment() + "/soumission", null, expect(302, 403, 403, 403, 303)),
                f -> new Row("POST", "/evaluation/affectations/" + f.assignment() + "/soumission", "form:",
                        expect(302, 403, 403, 403, 422)),
                f -> new Row("GET", "/evaluation/dossiers/" + f.file() + "/note-commune", null, expect(302, 403, 404, 403, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.code() + "/comite", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/campagnes/" + f.code() + "/comite", "form:email=" + Committee.MEMBERS.get(Tokens.EVALUATOR)
                        + "&firstName=A&lastName=B&administration=C", expect(302, 403, 403, 422, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.code() + "/affectation", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/campagnes/" + f.code() + "/affectation/auto", "form:", expect(302, 403, 403, 409, 403)),
                f -> new Row("POST", "/admin/campagnes/" + f.code() + "/affectation/publication", "form:dueAt=2099-01-01T10:00",
                        expect(302, 403, 403, 422, 403)),
                f -> new Row("POST", "/admin/affectations/" + f.assignment(), "form:evaluatorId=1&campaign=" + f.code(),
                        expect(302, 403, 403, 409, 403)),
                f -> new Row("POST", "/admin/affectations/" + f.assignment() + "/reouverture", "form:reason=x&reference=" + f.file(),
                        expect(302, 403, 403, 409, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.code() + "/evaluation", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("GET", "/admin/candidatures/" + f.file() + "/evaluations", null, expect(302, 403, 403, 200, 403)));
    }

    /** Rows whose success takes the file away from its member: each on a fresh committee. */
    private static List<Function<Fixture, Row>> steppingDown() {
        return List.of(
                f -> new Row("POST", "/api/assignments/" + f.assignment() + "/conflict", "{\"reason\":\"lien\"}",
                        expect(401, 403, 403, 403, 204)),
                f -> new Row("POST", "/evaluation/affectations/" + f.assignment() + "/deport", "form:reason=lien",
                        expect(302, 403, 403, 403, 303)));
    }
}
