package fr.amiengine.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Api;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The selection page searches and filters the list of files and decisions by the address, never hiding the totals
 * of the constraints, and answers bad parameters with a French page; the decision form marks what it requires.
 */
@QuarkusTest
class SelectionListPageTest {

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\">");
    private static final Pattern TOTALS = Pattern.compile("(?s)<caption id=\"tableau-selectionpage-selection-2\">.*?</table>");

    private static Deliberation d;

    @BeforeEach
    void aDeliberationOfFourFiles() {
        if (d != null) {
            return;
        }
        d = Deliberation.evaluated(1, null, List.of(Deliberation.general("Lecteur de courrier", "DOCUMENTS", 4.5),
                Deliberation.general("Agent vocal", "ASSISTANTS", 3.5),
                Deliberation.financed("Tri des pièces", "DOCUMENTS", 200_000, 4),
                Deliberation.financed("Éléphant conversationnel", "ASSISTANTS", 100_000, 3))).open();
    }

    @Test
    void searchesAndFiltersTheFilesWhileTheTotalsStillCountEveryOne() {
        String whole = page().get(selection("")).then().statusCode(200)
                .body(containsString("4 dossiers, par volet et par rang")).extract().asString();
        assertThat(rows(whole)).containsExactlyInAnyOrderElementsOf(d.files.values());

        String found = page().queryParam("q", "ELEPHANT").get(selection("")).then().statusCode(200)
                .body(containsString("1 dossier, par volet et par rang")).extract().asString();
        assertThat(rows(found)).containsExactly(d.ref("Éléphant conversationnel"));
        assertThat(totals(found)).isEqualTo(totals(whole)).contains("1 / 1", "2 / 2");

        assertThat(rows(page().get(selection("?volet=" + Deliberation.FINANCED)).then().statusCode(200).extract().asString()))
                .containsExactlyInAnyOrder(d.ref("Tri des pièces"), d.ref("Éléphant conversationnel"));
        String retained = page().get(selection("?decision=RETAINED&volet=" + Deliberation.GENERAL)).then().statusCode(200)
                .body(containsString("<option value=\"RETAINED\" selected>")).extract().asString();
        assertThat(rows(retained)).containsExactly(d.ref("Lecteur de courrier"));
        page().queryParam("q", "zèbre").get(selection("")).then().statusCode(200)
                .body(containsString("Aucun dossier ne correspond à ces critères."), containsString("tableau-selectionpage-selection-2"));
    }

    @Test
    void answersBadParametersWithAFrenchPageNeverAServerError() {
        page().get(selection("?page=abc")).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Le numéro de page doit être un nombre entier"));
        page().get(selection("?decision=PEUT_ETRE")).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("n’est pas reconnue"), not(containsString("WAITLISTED")));
        page().get(selection("?volet=INCONNU")).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Le volet demandé n’existe pas"));
        page().get(selection("?page=999")).then().statusCode(200).body(containsString("4 dossiers"));
    }

    @Test
    void theDecisionFormMarksTheDecisionAsRequired() {
        page().get("/admin/candidatures/" + d.ref("Agent vocal") + "/decision").then().statusCode(200)
                .body(containsString("Les champs marqués d’un astérisque (*) sont obligatoires."),
                        containsString("Décision<span class=\"obligatoire\" aria-hidden=\"true\">"),
                        containsString("name=\"outcome\" value=\"RETAINED\" required"));
    }

    @Test
    void theApiListsTheDecisionsFilteredAndPagedOnRequest() {
        Api.as(Tokens.ADMIN).queryParam("page", 2).queryParam("size", 1).get("/api/campaigns/" + d.code + "/decisions")
                .then().statusCode(200).body("$", hasSize(1)).header("X-Total-Count", equalTo("4"))
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""), containsString("page=3")));
        Api.as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/decisions").then().statusCode(200).body("$", hasSize(4))
                .header("X-Total-Count", nullValue());
        Api.as(Tokens.ADMIN).queryParam("q", "éléphant").queryParam("track", Deliberation.FINANCED)
                .get("/api/campaigns/" + d.code + "/decisions")
                .then().statusCode(200).body("reference", equalTo(List.of(d.ref("Éléphant conversationnel"))));
        Api.as(Tokens.ADMIN).queryParam("outcome", "PEUT_ETRE").get("/api/campaigns/" + d.code + "/decisions")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("n’est pas reconnue"));
        Api.as(Tokens.ADMIN).queryParam("size", 0).get("/api/campaigns/" + d.code + "/decisions")
                .then().statusCode(422).body("detail", containsString("entre 1 et 500"));
    }

    private static String selection(String query) {
        return "/admin/campagnes/" + d.code + "/selection" + query;
    }

    private static List<String> rows(String html) {
        Matcher m = ROW.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String totals(String html) {
        Matcher m = TOTALS.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private static RequestSpecification page() {
        return given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").urlEncodingEnabled(true);
    }
}
