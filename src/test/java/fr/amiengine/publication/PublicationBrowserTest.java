package fr.amiengine.publication;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Publication in the browser, every page analysed by axe: the administrator's preview and « Publier », an entry's
 * edit and republication; the public panorama without an account (search, filter, a solution, its history); a buyer's
 * deployment feedback.
 */
@QuarkusTest
class PublicationBrowserTest {

    @Test
    void anAdministratorPublishesThePublicSearchesItAndABuyerSharesAFeedback() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(
                Deliberation.general("Lecteur Éléphant", "DOCUMENTS", 4.5), Deliberation.general("Assistant Bêta", "ASSISTANTS", 4),
                Deliberation.general("Projet Écarté", "DOCUMENTS", 2))).decidedAndSent();
        String beta = d.ref("Assistant Bêta");
        Scenario.verifiedBuyerAdministration();

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/campagnes/" + d.code + "/publication");
            assertThat(b.text()).contains("Rien n’est public", "Lecteur Éléphant", "Assistant Bêta", "3 sur 3")
                    .doesNotContain("Projet Écarté");
            b.check("admin-publication-apercu");
            b.press("Publier le panorama");
            b.awaitPath("info=panorama-publie");
            assertThat(b.text()).contains("n° 1", "Aucune fiche n’a changé depuis la publication")
                    .doesNotContain("Publier à nouveau avec les modifications");
            b.check("admin-publication-publiee");

            b.find(By.partialLinkText("Voir et modifier")).click();
            b.awaitPath("/panorama/");
            b.type("champ-version", "2.1");
            b.press("Enregistrer la modification");
            assertThat(b.find(By.id("champ-note-erreur")).getText()).contains("pourquoi la fiche change");
            b.check("admin-fiche-erreur");
            b.type("champ-note", "Version annoncée par l’éditeur");
            b.press("Enregistrer la modification");
            b.awaitPath("info=fiche-modifiee");
            assertThat(b.text()).contains("Version annoncée par l’éditeur", "pas encore");
            b.check("admin-fiche");
            b.visit("/admin/campagnes/" + d.code + "/publication");
            b.press("Publier à nouveau avec les modifications");
            b.awaitPath("info=panorama-publie");
            assertThat(b.text()).contains("n° 2");
            b.press("Se déconnecter");
            b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));

            b.visit("/panorama");
            b.check("public-panoramas");
            b.find(By.linkText(titleOf(d))).click();
            b.awaitPath("/panorama/" + d.code);
            assertThat(b.text()).contains("Assistants conversationnels", "Traitement automatique de documents", "Lecteur Éléphant");
            b.check("public-panorama");
            b.type("champ-q", "elephant");
            b.press("Rechercher");
            b.awaitPath("q=elephant");
            assertThat(b.text()).contains("1 solution trouvée", "Lecteur Éléphant").doesNotContain("Assistant Bêta");
            b.check("public-panorama-recherche");
            b.visit("/panorama/" + d.code + "?famille=ASSISTANTS");
            b.find(By.linkText("Assistant Bêta")).click();
            b.awaitPath("/solutions/" + beta);
            assertThat(b.text()).contains("Beta Data (tests)", "Version\u00a0: (vide) → «\u00a02.1\u00a0»", "dominique.bernard@beta-data.example");
            b.check("public-solution");

            b.find(By.partialLinkText("Se connecter pour partager un retour")).click();
            Keycloak.login(b, Tokens.BUYER, "acheteur-demo");
            b.awaitPath("/retour");
            b.press("Envoyer mon retour");
            assertThat(b.find(By.id("champ-context-erreur")).getText()).contains("contexte");
            b.check("acheteur-retour-erreur");
            b.setValue("champ-deployedOn", LocalDate.now().minusMonths(1).toString());
            b.type("champ-context", "Bureau du courrier, 12 agents");
            b.tick("champ-administrationType-DECENTRALISED_SERVICE");
            b.tick("champ-outcome-IN_USE");
            b.press("Envoyer mon retour");
            b.awaitPath("info=retour-ajoute");
            // held until an administrator approves it: its author sees it waiting, the public does not see it yet
            // (the state is a badge, which the style sheet writes in capitals: the browser's text is in capitals)
            assertThat(b.text()).containsIgnoringCase("En attente de modération").doesNotContain("Bureau du courrier, 12 agents");
            b.check("acheteur-retour-en-attente");
            b.visit("/espace");
            assertThat(b.text()).contains("Chercher dans les panoramas", "Assistant Bêta", "En service")
                    .doesNotContain("Commencer une candidature");
            b.check("acheteur-espace");
            b.press("Se déconnecter");
            b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));

            // the administrator approves it in the moderation queue: then it is public
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/retours");
            assertThat(b.text()).contains("Bureau du courrier, 12 agents", "Direction des achats (tests)", "Service déconcentré de l’État");
            b.check("admin-retours");
            b.press("Approuver et publier le retour de Direction des achats (tests) sur Assistant Bêta");
            b.awaitPath("info=retour-approuve");
            b.visit("/panorama/" + d.code + "/solutions/" + beta);
            assertThat(b.text()).contains("Direction des achats (tests)", "Bureau du courrier, 12 agents", "En service");
            b.check("acheteur-retour-publie");

            // the administrator withdraws it, with a reason
            b.visit("/admin/campagnes/" + d.code + "/panorama/" + beta);
            assertThat(b.text()).contains("Bureau du courrier, 12 agents");
            b.press("Retirer du panorama le retour de Direction des achats (tests)");
            assertThat(b.find(By.cssSelector("p.message-erreur")).getText()).contains("pourquoi ce retour est retiré");
            b.check("admin-retour-erreur");
            b.find(By.cssSelector("input[name^='reason-']")).sendKeys("Hors sujet");
            b.press("Retirer du panorama le retour de Direction des achats (tests)");
            b.awaitPath("info=retour-masque");
            assertThat(b.text()).containsIgnoringCase("retiré du panorama par admin").contains("Hors sujet");
            b.check("admin-retour-retire");
        }
    }

    private static String titleOf(Deliberation d) {
        return as(Tokens.ADMIN).get("/api/campaigns/" + d.code).then().extract().path("title");
    }
}
