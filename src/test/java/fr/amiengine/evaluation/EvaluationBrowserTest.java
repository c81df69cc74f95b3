package fr.amiengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Committee;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A member declares their interests and scores a file in the browser; an administrator follows the committee, the
 * assignment and the dashboard. axe-core checks every page.
 */
@QuarkusTest
class EvaluationBrowserTest {

    @Test
    void aMemberDeclaresTheirInterestsAndScoresAFileBlindly() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR_2);
        String file = committee.files.get(0);

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.EVALUATOR, "evaluateur-demo");
            b.awaitPath("/espace");
            b.visit("/evaluation");
            b.check("evaluateur-accueil");

            b.visit("/evaluation/campagnes/" + committee.code + "/declaration");
            b.check("evaluateur-declaration");
            b.type("champ-siren", "123456789");
            b.tick("champ-kind-LINK");
            b.press("Ajouter ce lien");
            assertThat(b.find(By.id("champ-siren-erreur")).getText()).contains("clé de contrôle");
            b.check("evaluateur-declaration-erreur");
            b.type("champ-siren", "443061841");
            b.tick("champ-kind-LINK");
            b.type("champ-note", "Conseil ponctuel en 2023");
            b.press("Ajouter ce lien");
            assertThat(b.find(By.cssSelector("[role=status]")).getText()).contains("lien est ajouté");
            b.press("Ma déclaration est complète");
            b.awaitPath("/evaluation?info=");

            committee.propose().release();

            b.visit("/espace");
            // the suite's other campaigns may give this account files too (one database for all on PostgreSQL)
            assertThat(b.text()).containsPattern("\\d+ dossiers? vous (est|sont) confiés?").contains(file);
            b.check("evaluateur-espace");

            b.visit("/evaluation");
            b.find(By.linkText(file)).click();
            b.awaitPath("/evaluation/affectations/");
            assertThat(b.text()).contains("Vous verrez les autres évaluations de ce dossier après avoir soumis la vôtre.");
            b.check("evaluateur-notation");

            b.select("champ-scores-0-score", "4");
            b.press("Soumettre l’évaluation");
            assertThat(b.find(By.id("erreurs")).getText()).contains("Justifiez la note du critère");
            b.check("evaluateur-notation-erreurs");

            for (int i = 0; i < 4; i++) {
                b.select("champ-scores-" + i + "-score", i == 0 ? "4" : "3.5");
                b.type("champ-scores-" + i + "-justification", "Justification du critère " + (i + 1));
            }
            b.press("Enregistrer le brouillon");
            b.awaitPath("info=evaluation-enregistree");
            assertThat(b.find(By.cssSelector("[role=status]")).getText()).contains("brouillon");
            b.press("Soumettre l’évaluation");
            b.awaitPath("/soumission");
            assertThat(b.text()).contains("verrouillée", "Justification du critère 4");
            b.check("evaluateur-confirmation");
            b.press("Confirmer et soumettre");
            b.awaitPath("info=evaluation-soumise");
            assertThat(b.find(By.cssSelector("[role=status]")).getText()).contains("verrouillée");
            assertThat(b.text()).contains("Note globale pondérée", "Vous");
            b.check("evaluateur-notation-soumise");

            b.press("Se déconnecter");
            b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/campagnes/" + committee.code + "/comite");
            assertThat(b.text()).contains("Élise Petit", "443061841");
            b.check("admin-comite");
            b.visit("/admin/campagnes/" + committee.code + "/affectation");
            assertThat(b.text()).contains(file, "Affectation publiée");
            b.check("admin-affectation");
            b.visit("/admin/campagnes/" + committee.code + "/evaluation");
            assertThat(b.text()).contains("1 soumises sur 2");
            b.check("admin-tableau-de-bord");
            b.visit("/admin/candidatures/" + file + "/evaluations");
            assertThat(b.text()).contains("Élise Petit", "Rouvrir l’évaluation de");
            b.check("admin-evaluations-dossier");
        }
    }
}
