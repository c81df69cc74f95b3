package fr.amiengine.admissibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.Api;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrators' list of the files of a campaign scales: 50 lines a page with a navigation, a search by
 * reference, name (case and accents ignored) and SIREN, filters kept in the addresses; bad page numbers answer in
 * French, never with a 500. The API pages the same list on request.
 */
@QuarkusTest
class CandidatureListPageTest {

    private static final Pattern ROW = Pattern.compile("<a href=\"/admin/candidatures/([^\"]+)\">");

    private static String campaign;
    private static String elephant;
    private static String elephantSiren;

    /** Once for the class (RestAssured knows the application's port only from the first test on). */
    @BeforeEach
    void fiftyFiveFiles() {
        if (campaign != null) {
            return;
        }
        campaign = Scenario.openCampaign();
        Scenario.organisations();
        for (int i = 0; i < 54; i++) {
            Scenario.draft(i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B, campaign, Scenario.completeForm());
        }
        String user = Scenario.candidateOfNewOrganisation("Société Éléphant Numérique", "COMPANY");
        elephant = Scenario.draft(user, campaign, Scenario.completeForm());
        elephantSiren = Api.as(user).get("/api/me/organisation").then().extract().path("siren");
    }

    @Test
    void showsFiftyFilesAPageWithANavigationThatKeepsTheFilters() {
        String first = page().get(list("?etat=DRAFT")).then().statusCode(200)
                .body(allOf(containsString("55 candidatures, 1 à 50 sur cette page"), containsString("Page 1 sur 2"),
                        containsString("aria-label=\"Pagination\""),
                        containsString("aria-current=\"page\""),
                        containsString("href=\"/admin/campagnes/" + campaign + "/candidatures?etat=DRAFT&amp;page=2\"")))
                .extract().asString();
        assertThat(references(first)).hasSize(50);

        String second = page().get(list("?etat=DRAFT&page=2")).then().statusCode(200)
                .body(allOf(containsString("Page 2 sur 2"), containsString("51 à 55 sur cette page")))
                .extract().asString();
        assertThat(references(second)).hasSize(5).doesNotContainAnyElementsOf(references(first));
    }

    @Test
    void findsAFileByNameIgnoringCaseAndAccentsByReferenceAndBySiren() {
        for (String typed : List.of("elephant", "ÉLÉPHANT numérique", "société eléphant", elephantSiren, elephant.toLowerCase())) {
            String html = page().queryParam("q", typed).get(list("")).then().statusCode(200)
                    .body(containsString("1 candidature")).extract().asString();
            assertThat(references(html)).as(typed).containsExactly(elephant);
        }
        page().queryParam("q", "zèbre introuvable").get(list("")).then().statusCode(200)
                .body(allOf(containsString("Aucune candidature ne correspond"), not(containsString("aria-label=\"Pagination\""))));
    }

    @Test
    void answersBadPageNumbersInFrenchWithoutAServerError() {
        page().get(list("?page=abc")).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Le numéro de page doit être un nombre entier"));
        page().get(list("?page=99999999999999")).then().statusCode(422).contentType(containsString("text/html"));
        page().get(list("?page=-1")).then().statusCode(200).body(containsString("Page 1 sur 2"));
        page().get(list("?page=999")).then().statusCode(200).body(containsString("Page 2 sur 2"));
    }

    @Test
    void theApiPagesTheListOnRequestAndCountsTheWhole() {
        Response answer = Api.as(Tokens.ADMIN).queryParam("page", 2).queryParam("size", 20)
                .get("/api/campaigns/" + campaign + "/candidatures");
        answer.then().statusCode(200).body("$", hasSize(20)).header("X-Total-Count", equalTo("55"))
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""), containsString("page=3")));
        Api.as(Tokens.ADMIN).get("/api/campaigns/" + campaign + "/candidatures").then().statusCode(200).body("$", hasSize(55));
        Api.as(Tokens.ADMIN).queryParam("q", "ELEPHANT").get("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(200).body("reference", equalTo(List.of(elephant)));
        Api.as(Tokens.ADMIN).queryParam("page", "x").get("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("numéro de page"));
        Api.as(Tokens.ADMIN).queryParam("size", 100000).get("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(422).body("detail", containsString("entre 1 et 500"));
    }

    private String list(String query) {
        return "/admin/campagnes/" + campaign + "/candidatures" + query;
    }

    private static List<String> references(String html) {
        Matcher m = ROW.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static RequestSpecification page() {
        return given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").urlEncodingEnabled(true);
    }
}
