package fr.amiengine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Needs;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The buyer's path in the browser, each page analysed by axe: the explained matches of a need, then « Intéressé ». */
@QuarkusTest
class MatchingBrowserTest {

    @Test
    void theBuyerReadsTheExplainedMatchesAndMarksOneInterested() {
        MatchingApiTest.Published p = MatchingApiTest.publishedPanorama();
        Scenario.verifiedBuyerAdministration();
        String need = Needs.declare(MatchingApiTest.organisationOf(Tokens.BUYER), Tokens.BUYER, MatchingApiTest::courtNeed);
        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.BUYER, "acheteur-demo");
            b.awaitPath("/espace");
            b.visit("/besoins/" + need + "/solutions");
            assertThat(b.text()).contains("Greffe Vocale", "Transcrire", "Archiviste Europe",
                    "la solution est hébergée dans l’Union européenne");
            b.check("acheteur-solutions");
            // other tests publish solutions of the same names: this test's card, by its anchor
            b.find(By.cssSelector("#solution-" + p.greffe() + " button")).click();
            b.awaitPath("#solution-" + p.greffe());
            assertThat(b.text()).contains("l’entreprise voit ce besoin");
            b.check("acheteur-solutions-interesse");
            assertThat(b.find(By.cssSelector("#solution-" + p.greffe() + " button")).getText()).startsWith("Retirer");
            b.find(By.cssSelector("#solution-" + p.greffe() + " button")).click();
            // the page again, with the button to mark it
            b.find(By.xpath("//li[@id='solution-" + p.greffe() + "']//button[starts-with(normalize-space(.), 'Intéressé')]"));
            assertThat(b.text()).doesNotContain("l’entreprise voit ce besoin");
        }
    }
}
