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
 * Every endpoint and page of the workshops, for each kind of caller: anonymous, a company that is no laureate, an
 * evaluator, a buyer (member of a verified administration), a laureate (candidate A's organisation) and an
 * administrator. Scheduling, the registrants and cancelling are the administrators'; the calendar is the laureates'
 * and the administrators'; registering is the laureates' only. Unregistering answers 403 to whoever may not read the
 * calendar (nothing learnt of the session), 404 to a reader who is not registered.
 */
@QuarkusTest
class WorkshopsSecurityMatrixTest {

    private record Caller(String name, String user) {
    }

    private record Row(String method, String path, String body, String contentType, int... expected) {
    }

    @Test
    void everyWorkshopEndpointAndPageAnswersEachCallerAsExpected() {
        MeetingScenario.published();
        long read = schedule("Lecture", 21);
        long api = schedule("Inscription API", 22);
        long withdrawn = schedule("Désinscription API", 23);
        long page = schedule("Inscription page", 24);
        long cancelled = schedule("Annulation API", 25);
        long cancelledPage = schedule("Annulation page", 26);
        Api.as(Tokens.CANDIDATE_A).post("/api/workshops/" + withdrawn + "/registration").then().statusCode(201);
        String company = Scenario.candidateOfNewOrganisation("Entreprise de la matrice " + Scenario.uniqueCode("S"), "COMPANY");
        String buyer = Scenario.newVerifiedBuyer("Acheteur de la matrice " + Scenario.uniqueCode("S"));
        String sessionBody = "{\"title\":\"Matrice\",\"theme\":\"OTHER\",\"date\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(40)
                + "\",\"start\":\"14:00\",\"minutes\":60,\"visioUrl\":\"https://visio.example/m\",\"capacity\":5}";
        String form = "application/x-www-form-urlencoded";
        List<Caller> callers = List.of(new Caller("anonyme", null), new Caller("entreprise", company),
                new Caller("évaluateur", Tokens.EVALUATOR), new Caller("acheteur", buyer), new Caller("lauréat", Tokens.CANDIDATE_A),
                new Caller("administrateur", Tokens.ADMIN));
        List<Row> rows = List.of(
                new Row("POST", "/api/workshops", sessionBody, null, 401, 403, 403, 403, 403, 201),
                new Row("GET", "/api/workshops", null, null, 401, 403, 403, 403, 200, 200),
                new Row("GET", "/api/workshops/all", null, null, 401, 403, 403, 403, 403, 200),
                new Row("GET", "/api/workshops/" + read, null, null, 401, 403, 403, 403, 200, 200),
                new Row("GET", "/api/workshops/" + read + "/calendar.ics", null, null, 401, 403, 403, 403, 200, 200),
                new Row("GET", "/api/workshops/" + read + "/registrations", null, null, 401, 403, 403, 403, 403, 200),
                new Row("POST", "/api/workshops/" + api + "/registration", null, null, 401, 403, 403, 403, 201, 403),
                new Row("DELETE", "/api/workshops/" + withdrawn + "/registration", null, null, 401, 403, 403, 403, 204, 404),
                new Row("POST", "/api/workshops/" + cancelled + "/cancellation", "{\"reason\":\"Matrice\"}", null,
                        401, 403, 403, 403, 403, 200),
                new Row("GET", "/ateliers", null, null, 302, 403, 403, 403, 200, 200),
                new Row("POST", "/ateliers/" + page + "/inscription", "", form, 302, 403, 403, 403, 303, 403),
                new Row("POST", "/ateliers/" + page + "/desinscription", "", form, 302, 403, 403, 403, 303, 404),
                new Row("GET", "/admin/ateliers", null, null, 302, 403, 403, 403, 403, 200),
                new Row("POST", "/admin/ateliers", "title=", form, 302, 403, 403, 403, 403, 422),
                new Row("GET", "/admin/ateliers/" + read, null, null, 302, 403, 403, 403, 403, 200),
                new Row("POST", "/admin/ateliers/" + cancelledPage + "/annulation", "reason=Matrice", form,
                        302, 403, 403, 403, 403, 303));
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < callers.size(); i++) {
                Caller caller = callers.get(i);
                Response response = request(caller, row).request(row.method(), row.path());
                if (response.statusCode() != row.expected()[i]) {
                    mismatches.add(String.format("%-6s %-50s %-15s attendu %d, reçu %d", row.method(), row.path(), caller.name(),
                            row.expected()[i], response.statusCode()));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(row.method() + " " + row.path() + " " + caller.name()
                        + " " + m));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité des ateliers").isEmpty();
        // the laureate finds the calendar from its space; the registrants' addresses are never on the laureates' page
        Api.as(Tokens.CANDIDATE_A).get("/espace").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("href=\"/ateliers\""));
        Api.as(Tokens.CANDIDATE_A).get("/ateliers").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("mailto:")));
    }

    private static long schedule(String title, int daysAhead) {
        String body = "{\"title\":\"" + title + " " + Scenario.uniqueCode("M") + "\",\"theme\":\"PROCUREMENT\",\"date\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(daysAhead)
                + "\",\"start\":\"10:00\",\"minutes\":60,\"place\":\"Bercy\",\"capacity\":10}";
        Number id = Api.as(Tokens.ADMIN).body(body).post("/api/workshops").then().statusCode(201).extract().path("id");
        return id.longValue();
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
