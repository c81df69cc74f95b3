package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.meetings.MeetingScenario;
import fr.amiengine.support.Api;
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
 * Every endpoint and page of the meetings, for each kind of caller: anonymous, a company that is no laureate, an
 * evaluator, a buyer (member of a verified administration), a laureate (candidate A's organisation) and an
 * administrator. Days are the administrators'; requests the buyers'; answers the laureate's own (404 for anyone
 * else, who must not learn that the request exists). The shared {@code RoleMatrix} has no buyer nor laureate column,
 * hence this table's own.
 */
@QuarkusTest
class MeetingsSecurityMatrixTest {

    private record Caller(String name, String user) {
    }

    private record Row(String method, String path, String body, String contentType, int... expected) {
    }

    @Test
    void everyMeetingEndpointAndPageAnswersEachCallerAsExpected() {
        MeetingScenario s = MeetingScenario.published();
        List<Integer> slots = MeetingScenario.openDay(s.code, 30, 6);
        Integer day = Api.as(Tokens.ADMIN).get("/api/meetings/days").then().extract()
                .path("find { it.slots[0].id == " + slots.get(0) + " }.id");
        String buyer = Scenario.newVerifiedBuyer("Acheteur de la matrice " + Scenario.uniqueCode("S"));
        String asker = Scenario.newVerifiedBuyer("Autre acheteur " + Scenario.uniqueCode("S"));
        List<Integer> asked = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            asked.add(Api.as(asker).body(MeetingScenario.request(slots.get(i), s.alpha1)).post("/api/meetings/requests").then()
                    .statusCode(201).extract().path("id"));
        }
        String dayBody = "{\"campaignCode\":\"" + s.code + "\",\"date\":\"" + MeetingScenario.day(s.code, 31, 1).get("date")
                + "\",\"visioUrl\":\"https://visio.example/x\",\"slots\":[{\"start\":\"14:00\",\"minutes\":45}]}";
        String requestBody = "{\"slotId\":" + slots.get(0) + ",\"laureateReference\":\"" + s.beta + "\"}";
        String form = "application/x-www-form-urlencoded";
        List<Caller> callers = List.of(new Caller("anonyme", null), new Caller("entreprise", Tokens.CANDIDATE_NEW),
                new Caller("évaluateur", Tokens.EVALUATOR), new Caller("acheteur", buyer), new Caller("lauréat", Tokens.CANDIDATE_A),
                new Caller("administrateur", Tokens.ADMIN));
        List<Row> rows = List.of(
                new Row("POST", "/api/meetings/days", dayBody, null, 401, 403, 403, 403, 403, 201),
                new Row("GET", "/api/meetings/days", null, null, 401, 403, 403, 403, 403, 200),
                new Row("GET", "/api/meetings/days/" + day, null, null, 401, 403, 403, 403, 403, 200),
                new Row("GET", "/api/meetings/open", null, null, 401, 403, 403, 200, 403, 403),
                new Row("POST", "/api/meetings/requests", requestBody, null, 401, 403, 403, 201, 403, 403),
                new Row("GET", "/api/meetings/requests", null, null, 401, 403, 403, 200, 403, 403),
                new Row("GET", "/api/meetings/invitations", null, null, 401, 200, 200, 200, 200, 200),
                new Row("POST", "/api/meetings/requests/" + asked.get(0) + "/accept", null, null, 401, 404, 404, 404, 200, 404),
                new Row("POST", "/api/meetings/requests/" + asked.get(1) + "/decline", "{\"reason\":\"Indisponible\"}", null,
                        401, 404, 404, 404, 200, 404),
                new Row("GET", "/admin/rencontres", null, null, 302, 403, 403, 403, 403, 200),
                new Row("GET", "/admin/rencontres/" + day, null, null, 302, 403, 403, 403, 403, 200),
                new Row("POST", "/admin/rencontres", "campaignCode=" + s.code, form, 302, 403, 403, 403, 403, 422),
                new Row("GET", "/rencontres", null, null, 302, 403, 403, 200, 403, 403),
                new Row("GET", "/rencontres?solution=" + s.alpha1, null, null, 302, 403, 403, 200, 403, 403),
                new Row("GET", "/rencontres/demandes", null, null, 302, 403, 403, 200, 403, 403),
                new Row("POST", "/rencontres/demandes", "message=Bonjour", form, 302, 403, 403, 422, 403, 403),
                new Row("GET", "/rencontres/invitations", null, null, 302, 200, 200, 200, 200, 200),
                new Row("POST", "/rencontres/invitations/" + asked.get(2) + "/accepter", "", form, 302, 404, 404, 404, 303, 404),
                new Row("POST", "/rencontres/invitations/" + asked.get(3) + "/refuser", "reason=Indisponible", form,
                        302, 404, 404, 404, 303, 404),
                new Row("GET", "/panorama/" + s.code + "/solutions/" + s.alpha1, null, null, 200, 200, 200, 200, 200, 200));
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < callers.size(); i++) {
                Caller caller = callers.get(i);
                Response response = request(caller, row).request(row.method(), row.path());
                if (response.statusCode() != row.expected()[i]) {
                    mismatches.add(String.format("%-6s %-60s %-15s attendu %d, reçu %d", row.method(), row.path(), caller.name(),
                            row.expected()[i], response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(row.method() + " " + row.path() + " " + caller.name()
                        + " " + m));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité des rencontres").isEmpty();
        // the buyer, signed in, finds the link to ask the laureate for a meeting on its public page
        Api.as(buyer).get("/panorama/" + s.code + "/solutions/" + s.alpha1).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/rencontres?solution=" + s.alpha1));
    }

    private static RequestSpecification request(Caller caller, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (caller.user() != null) {
            spec.auth().oauth2(Tokens.of(caller.user()));
        }
        if (row.body() != null) {
            spec.contentType(row.contentType() == null ? "application/json" : row.contentType()).body(row.body());
        }
        return spec;
    }

}
