package fr.amiengine.publication;

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
}
