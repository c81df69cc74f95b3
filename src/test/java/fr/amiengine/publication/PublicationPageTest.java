package fr.amiengine.publication;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the publication pages offer matches what may be done (issue #14, point 5). */
@QuarkusTest
class PublicationPageTest {

    @Test
    void publishAgainIsOfferedOnlyWhenSomethingChangedAndFeedbackOnlyToVerifiedAdministrations() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(Deliberation.general("Solution publiée", "DOCUMENTS", 4)))
                .decidedAndSent();
        String file = d.ref("Solution publiée");
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String buyer = Scenario.newVerifiedBuyer("Direction des achats du panorama (tests)");
        Scenario.organisations();

        String publication = Pages.html(Tokens.ADMIN, "/admin/campagnes/" + d.code + "/publication");
        String forCompany = Pages.html(Tokens.CANDIDATE_A, "/panorama/" + d.code + "/solutions/" + file);
        String forBuyer = Pages.html(buyer, "/panorama/" + d.code + "/solutions/" + file);

        assertThat(publication).contains("Aucune fiche n’a changé depuis la publication")
                .doesNotContain("Publier à nouveau avec les modifications",
                        "action=\"/admin/campagnes/" + d.code + "/publication\"");
        String feedbackLink = "href=\"/panorama/" + d.code + "/solutions/" + file + "/retour\"";
        assertThat(forCompany).doesNotContain(feedbackLink);
        assertThat(forBuyer).contains(feedbackLink);
    }

    /**
     * The panorama's page is rendered once per publication for the visitors who are not signed in (issue #13, P4); a
     * signed-in person never gets that page, nor a visitor one made for someone else, and each address keeps its own
     * way back after signing in.
     */
    @Test
    void theSharedPanoramaPageIsOnlyForVisitorsNotSignedInAndKeepsEachAddress() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(Deliberation.general("Solution affichée", "DOCUMENTS", 4)))
                .decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        String page = "/panorama/" + d.code;

        // a visitor first, then a candidate on the same address: the candidate sees their own header
        String visitor = anonymous().accept("text/html").get(page).then().statusCode(200).extract().asString();
        assertThat(visitor).contains("Solution affichée", "href=\"/connexion?retour=%2Fpanorama%2F" + d.code + "\"")
                .doesNotContain("name=\"_csrf\"", "Connecté");
        String candidate = Pages.html(Tokens.CANDIDATE_A, page);
        assertThat(candidate).contains("Solution affichée", "Connecté", "name=\"_csrf\"").doesNotContain("/connexion?retour=");

        // a candidate first on a search, then a visitor on it: the visitor sees no one else's name nor form token
        String search = page + "?q=affichée";
        assertThat(Pages.html(Tokens.CANDIDATE_A, search)).contains("Connecté");
        String visitorSearch = anonymous().accept("text/html").get(search).then().statusCode(200).extract().asString();
        assertThat(visitorSearch).doesNotContain("Connecté", "name=\"_csrf\"")
                .contains("/connexion?retour=%2Fpanorama%2F" + d.code + "%3Fq%3Daffich%25C3%25A9e");
        // and the two addresses did not share a page
        assertThat(anonymous().accept("text/html").get(page).then().statusCode(200).extract().asString()).isEqualTo(visitor);
    }
}
