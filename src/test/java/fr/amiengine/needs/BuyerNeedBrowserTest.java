package fr.amiengine.needs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A buyer's path in a real browser, through Keycloak's login: from the space to the needs of the administration,
 * the form refused then accepted, the need, and the list. Every page is checked by axe-core.
 */
@QuarkusTest
class BuyerNeedBrowserTest {

    @Test
    void aBuyerDeclaresANeedThroughTheFormAndFindsItInTheList() {
        String family = Needs.publishedFamily();
        String buyer = Scenario.newVerifiedBuyer("Direction du navigateur " + Scenario.uniqueCode("N"));
        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, buyer, Tokens.passwordOf(buyer));
            b.awaitPath("/espace");
            b.find(By.linkText("Les besoins de mon administration")).click();
            b.awaitPath("/besoins");
            assertThat(b.text()).contains("Votre administration n’a encore déclaré aucun besoin.");
            b.check("besoins-vide");

            b.press("Déclarer un besoin");
            b.awaitPath("/besoins/nouveau");
            b.check("besoin-formulaire");
            b.press("Déclarer le besoin");
            assertThat(b.find(By.id("champ-title-erreur")).getText()).contains("intitulé");
            b.check("besoin-formulaire-erreur");

            b.type("champ-title", "Transcription des audiences");
            b.type("champ-mission", "Rendre la justice accessible");
            b.type("champ-context", "Les audiences sont transcrites à la main, avec trois semaines de retard.");
            b.select("champ-familyCode", family);
            b.select("champ-administrationType", "OPERATOR");
            b.type("champ-ministry", "Ministère de la Justice");
            b.type("champ-usersCount", "250");
            b.select("champ-hostingRequired", "FRANCE");
            b.tick("champ-securityRequired-SECNUMCLOUD");
            b.tick("champ-horizon-WITHIN_6_MONTHS");
            b.type("champ-budgetMinEuros", "50 000");
            b.type("champ-budgetMaxEuros", "120000");
            b.type("champ-privateNotes", "Le marché actuel expire en juin.");
            b.press("Déclarer le besoin");
            b.awaitPath("fait=declare");
            assertThat(b.text()).contains("Votre besoin est déclaré", "Transcription des audiences", "Qualification SecNumCloud",
                    "Le marché actuel expire en juin.");
            b.check("besoin-declare");
            String reference = b.path().replaceAll("^/besoins/([^?]+).*$", "$1");

            b.visit("/besoins");
            assertThat(b.text()).contains(reference, "Transcription des audiences");
            assertThat(b.find(By.cssSelector("tbody .badge")).getText()).containsIgnoringCase("Ouvert");
            b.check("besoins-liste");

            b.press("Voir le recensement public");
            b.awaitPath("/besoins/recensement");
            assertThat(b.text()).contains("Recensement public des besoins", "au moins 3 besoins ouverts");
            b.check("besoins-recensement-public");
        }
    }
}
