package fr.amiengine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole journey in a real browser, through Keycloak's real login and registration pages: a newcomer creates an
 * account, declares the organisation, fills and submits a candidature; an administrator finds it admissible.
 * Every page of ours is checked by axe-core and photographed under {@code target/screenshots/}.
 */
@QuarkusTest
class CandidateJourneyBrowserTest {

    @Test
    void aNewcomerFilesACandidatureAndAnAdministratorFindsItAdmissible() throws Exception {
        String campaign = Scenario.openCampaign();
        String username = "nouvelle" + ThreadLocalRandom.current().nextInt(1_000_000);
        String password = "Motdepasse-2026";
        Path text = Files.writeString(Files.createTempFile("pas-un-pdf", ".pdf"), "Ceci n’est pas un PDF");
        Path pdf = Files.write(Files.createTempFile("presentation", ".pdf"), Pdfs.valid(2));

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/");
            b.check("accueil");
            b.visit("/campagnes/" + campaign);
            b.check("campagne-publique");
            assertThat(b.text()).contains("Grille d’évaluation", "25\u00a0%");

            b.press("Se connecter");
            Keycloak.register(b, username, username + "@exemple.fr", password);
            b.awaitPath("/organisation");
            b.check("organisation");

            b.type("champ-siren", "123456789");
            b.type("champ-legalName", "Nouvelle IA");
            b.tick("champ-kind-COMPANY");
            b.press("Enregistrer mon organisation");
            assertThat(b.find(By.cssSelector("#champ-siren + .message-erreur, .champ--erreur .message-erreur")).getText())
                    .contains("clé de contrôle");
            b.check("organisation-erreur");
            b.type("champ-siren", freshSiren());
            b.press("Enregistrer mon organisation");
            // back to the campaign page the sign-in started from
            b.awaitPath("/campagnes/" + campaign);
            b.visit("/espace");
            b.check("espace-candidat");

            b.find(By.xpath("//form[input[@name='campaign' and @value='" + campaign + "']]//button")).click();
            b.awaitPath("/modifier/solution");
            String reference = b.path().split("/")[2];
            b.check("section-solution");
            b.select("champ-trackCode", Scenario.TRACK);
            b.select("champ-familyCode", Scenario.FAMILY);
            b.type("champ-solutionName", "Courrier augmenté");
            b.type("champ-summary", "Tri et pré-rédaction des réponses aux courriers des usagers.");
            b.tick("champ-maturityLevel-PRODUCTION");
            b.press("Enregistrer et continuer");

            b.awaitPath("/modifier/integration");
            b.check("section-integration");
            b.type("champ-integration-apis", "API REST documentée");
            b.tick("champ-integration-deploymentModes-SAAS");
            b.press("Enregistrer et continuer");

            b.awaitPath("/modifier/conformite");
            b.check("section-conformite");
            b.tick("champ-compliance-gdprCompliant-true");
            b.tick("champ-compliance-hostingLocation-FRANCE");
            b.tick("champ-compliance-securityQualifications-SECNUMCLOUD");
            b.tick("champ-compliance-accessibilityLevel-PARTIALLY_COMPLIANT");
            b.press("Enregistrer et continuer");

            b.awaitPath("/modifier/contact");
            b.check("section-contact");
            b.type("champ-contact-email", "pas-une-adresse");
            b.type("champ-contact-name", "Nina Nouvelle");
            b.press("Enregistrer et continuer");
            assertThat(b.find(By.id("champ-contact-email-erreur")).getText()).contains("adresse électronique");
            b.check("section-contact-erreur");
            b.type("champ-contact-email", "nina@nouvelle-ia.fr");
            b.press("Enregistrer et continuer");

            b.awaitPath("/modifier/pieces");
            b.find(By.id("champ-file")).sendKeys(text.toString());
            b.press("Joindre le fichier");
            assertThat(b.find(By.id("champ-file-erreur")).getText()).contains("n’est pas un PDF");
            b.check("pieces-erreur");
            b.find(By.id("champ-file")).sendKeys(pdf.toString());
            b.press("Joindre le fichier");
            assertThat(b.find(By.cssSelector("[role=status]")).getText()).contains("pièce jointe est ajoutée");
            b.check("pieces");

            b.press("Vérifier et soumettre");
            b.awaitPath("/recapitulatif");
            b.check("recapitulatif");
            b.press("Soumettre la candidature");
            b.awaitPath("/confirmation");
            assertThat(b.text()).contains("Référence\u00a0: " + reference, "envoyé par courriel à nina@nouvelle-ia.fr",
                    "Télécharger l’accusé de réception", "Historique");
            b.check("confirmation");

            b.visit("/candidatures/" + reference);
            assertThat(b.text()).contains("Soumise");
            b.check("suivi-candidature");

            b.press("Se déconnecter");
            try {
                b.find(By.xpath("//a[normalize-space(.)='Se connecter']"));
            } finally {
                b.screenshot("apres-deconnexion");
            }

            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, "admin-demo-1");
            b.awaitPath("/espace");
            b.check("espace-administrateur");
            b.visit("/admin");
            assertThat(b.text()).contains(campaign, "Les candidatures sont reçues jusqu’au");
            b.check("admin-accueil");
            b.visit("/admin/campagnes");
            b.check("admin-campagnes");
            b.visit("/admin/campagnes/" + campaign + "/candidatures?etat=SUBMITTED&famille=" + Scenario.FAMILY);
            assertThat(b.text()).contains(reference, "Nouvelle IA");
            b.check("admin-candidatures");
            b.find(By.linkText(reference)).click();
            b.awaitPath("/admin/candidatures/" + reference);
            b.check("admin-recevabilite");
            b.tick("champ-outcome-INADMISSIBLE");
            b.press("Vérifier la décision");
            assertThat(b.find(By.id("champ-reason-erreur")).getText()).contains("motivée");
            b.check("admin-recevabilite-erreur");
            b.tick("champ-outcome-ADMISSIBLE");
            b.press("Vérifier la décision");
            // the same address answers with the confirmation step: wait for its heading, not for a new path
            assertThat(b.find(By.xpath("//h1[starts-with(normalize-space(.), 'Confirmer la décision de recevabilité')]")).getText())
                    .contains(reference);
            assertThat(b.text()).contains("passera à l’évaluation");
            b.check("admin-recevabilite-confirmation");
            b.press("Confirmer la décision");
            assertThat(b.find(By.cssSelector("[role=status]")).getText()).contains("décision de recevabilité est enregistrée");
            assertThat(b.text()).contains("Recevable");
            b.check("admin-decision");
        }
    }

    /** A SIREN nobody else declared: eight random digits and their Luhn key. */
    private static String freshSiren() {
        String body = String.valueOf(20_000_000 + ThreadLocalRandom.current().nextInt(70_000_000));
        for (int key = 0; key < 10; key++) {
            if (fr.amiengine.identity.Siren.isValid(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException();
    }
}
