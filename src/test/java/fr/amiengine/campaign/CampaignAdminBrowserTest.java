package fr.amiengine.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An administrator creates a campaign with its grid, tracks and families, edits it while it is a draft. */
@QuarkusTest
class CampaignAdminBrowserTest {

    @Test
    void anAdministratorCreatesAndEditsADraftCampaignButNotAnOpenOne() {
        String code = Scenario.uniqueCode("NAV");
        String open = Scenario.openCampaign();
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/campagnes/nouvelle");
            b.check("admin-nouvelle-campagne");

            b.press("Créer la campagne");
            assertThat(b.find(By.id("erreurs")).getText()).contains("Le titre est obligatoire", "Il faut au moins un volet",
                    "Le nom du service à contacter est obligatoire");
            b.check("admin-nouvelle-campagne-erreurs");

            b.type("champ-code", code);
            b.type("champ-title", "Appel de démonstration");
            b.type("champ-contact-service", "Direction du numérique — équipe de l’appel");
            b.type("champ-contact-email", "appel@numerique.example");
            b.setValue("champ-openingAt", nextYear + "-03-01T09:00");
            b.setValue("champ-closingAt", nextYear + "-04-15T18:00");
            b.type("champ-criteria-0-weight", "40");
            b.type("champ-criteria-1-weight", "20");
            b.type("champ-criteria-2-weight", "20");
            b.type("champ-criteria-3-weight", "20");
            b.type("champ-criteria-3-threshold", "2,5");
            b.type("champ-tracks-0-code", "TECHNIQUE");
            b.type("champ-tracks-0-label", "Accompagnement technique");
            b.type("champ-tracks-0-seats", "11");
            b.type("champ-tracks-0-budgetEuros", "3500000");
            b.type("champ-families-0-code", "DOCUMENTS");
            b.type("champ-families-0-label", "Traitement de documents");
            b.press("Créer la campagne");
            b.awaitPath("/admin/campagnes?info=");
            assertThat(b.text()).contains(code, "Appel de démonstration");
            b.check("admin-campagne-creee");

            b.visit("/admin/campagnes/" + code + "/modifier");
            assertThat(b.find(By.id("champ-criteria-3-threshold")).getAttribute("value")).isEqualTo("2,5");
            b.type("champ-title", "Appel de démonstration (titre corrigé)");
            b.press("Enregistrer les modifications");
            b.awaitPath("/admin/campagnes?info=");
            assertThat(b.text()).contains("titre corrigé");

            b.visit("/campagnes/" + code);
            assertThat(b.text()).contains("au moins 2,5").containsPattern("3\\h500\\h000\\h€");
            b.check("admin-campagne-brouillon");

            b.visit("/admin/campagnes/" + code + "/modifier");
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("document.querySelector('main input[name=_csrf]').value = 'jeton-forge'");
            b.press("Enregistrer les modifications");
            assertThat(b.find(By.cssSelector(".alerte--erreur")).getText()).contains("Ce formulaire a expiré ou ne vient pas de ce site");
            b.check("admin-formulaire-expire");

            b.visit("/admin/campagnes/" + open + "/modifier");
            assertThat(b.text()).contains("figées");
            b.check("admin-campagne-figee");
        }
    }
}
