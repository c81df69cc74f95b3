package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The committee session in the browser: deliberation, a decision, submission, approval by another, the candidate's letter. */
@QuarkusTest
class SelectionBrowserTest {

    @Test
    void theCommitteeDecidesTwoPeopleApproveAndTheCandidateReadsTheLetter() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(
                Deliberation.general("Premier", Scenario.FAMILY, 4.5), Deliberation.general("Second", Scenario.FAMILY, 4)));
        String first = d.ref("Premier");
        String second = d.ref("Second");

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/campagnes/" + d.code + "/selection");
            assertThat(b.text()).contains("provisoire", first, second);
            b.check("admin-deliberation-avant");
            b.press("Ouvrir la délibération");
            b.awaitPath("info=deliberation-ouverte");
            assertThat(b.text()).contains("Aucun changement", "Retenue", "Non retenue");
            b.check("admin-deliberation");

            b.visit("/admin/candidatures/" + second + "/decision");
            b.check("admin-decision");
            b.tick("champ-outcome-WAITLISTED");
            b.press("Enregistrer la décision");
            assertThat(b.find(By.id("champ-motivation-erreur")).getText()).contains("s’écarte de la proposition");
            b.check("admin-decision-erreur");
            b.tick("champ-outcome-WAITLISTED");
            b.type("champ-motivation", "Placé en liste d’attente\u00a0: une place pourrait se libérer.");
            b.press("Enregistrer la décision");
            b.awaitPath("info=decision-prise");
            assertThat(b.text()).containsIgnoringCase("écart à la proposition");

            b.press("Soumettre les décisions à l’approbation");
            b.awaitPath("info=decisions-soumises");
            assertThat(b.text()).contains("une autre personne doit les approuver");
            b.check("admin-deliberation-soumise");

            b.press("Se déconnecter");
            b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN_2, "admin2-demo-1");
            b.awaitPath("/espace");
            b.visit("/admin/campagnes/" + d.code + "/selection");
            b.press("Enregistrer mon avis");
            assertThat(b.find(By.id("champ-approved-erreur")).getText()).contains("Choisissez d’approuver ou de renvoyer");
            b.check("admin-approbation-erreur");
            b.tick("avis-oui");
            b.press("Enregistrer mon avis");
            b.awaitPath("info=decisions-approuvees");
            assertThat(b.text()).contains("Décisions approuvées");
            b.check("admin-approbation");

            d.committee.runCampaignJob("Task_FinaliseDecisions");
            d.committee.runJob(second, "Task_WriteDecisionLetter");

            // the campaign dashboard: its tables, and the charts the server drew from the same figures, shown as drawn
            b.visit("/admin/campagnes/" + d.code + "/tableau-de-bord");
            assertThat(b.text()).contains("Rédiger la lettre de décision", "Envoyer la lettre par courriel", "Liste d’attente");
            assertThat(((JavascriptExecutor) b.driver()).executeScript("return Array.from(document.querySelectorAll("
                    + "'figure.graphique svg')).map(s => s.getBoundingClientRect().width > 0 && s.querySelectorAll('rect').length > 0)"))
                    .isEqualTo(List.of(true, true, true, true, true));
            b.check("admin-tableau-de-bord");

            b.press("Se déconnecter");
            b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));
            b.visit("/connexion");
            Keycloak.login(b, Tokens.CANDIDATE_B, "candidat2-demo");
            b.awaitPath("/espace");
            b.visit("/candidatures/" + second);
            b.find(By.linkText("Décision du comité et lettre")).click();
            b.awaitPath("/candidatures/" + second + "/decision");
            assertThat(b.text()).contains("Liste d’attente", "Placé en liste d’attente\u00a0: une place pourrait se libérer.",
                    "Lettre de décision (PDF)");
            b.check("candidat-decision");

            // the evaluation of the file, communicated once final: the committee's departure from the proposal is the reason
            b.find(By.linkText("Voir les éléments d’évaluation de votre dossier")).click();
            b.awaitPath("/candidatures/" + second + "/evaluation");
            assertThat(b.text()).contains("Évaluateur 1", "Évaluateur 2", "Comment les règles ont été appliquées à votre dossier",
                    "Dossier classé juste devant", "Décision du comité").doesNotContain(first);
            b.check("candidat-elements-evaluation");
        }
    }
}
