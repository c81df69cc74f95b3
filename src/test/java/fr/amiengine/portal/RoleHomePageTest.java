package fr.amiengine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each role's home shows what that role has to do, and nothing it cannot do (issue #14, point 3). */
@QuarkusTest
class RoleHomePageTest {

    @Test
    void theEvaluatorsSpaceListsTheFilesAssignedToThem() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        String file = committee.files.get(0);
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);

        String space = Pages.html(Tokens.EVALUATOR, "/espace");

        // one file or more, as the other tests of the suite left the member files of their own campaigns
        assertThat(space).containsPattern("\\d+ dossiers? vous (est confié|sont confiés)")
                .contains("href=\"/evaluation/affectations/" + assignment + "\"", file, "href=\"/evaluation\"");
        assertThat(space).doesNotContain("apparaîtront ici");
    }

    @Test
    void aDecidedCampaignLeavesTheFilesToEvaluateForTheFinishedSection() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(Deliberation.general("Seul dossier", "DOCUMENTS", 4)))
                .decidedAndSent();
        String file = d.ref("Seul dossier");

        String home = Pages.html(Tokens.EVALUATOR, "/evaluation");
        String space = Pages.html(Tokens.EVALUATOR, "/espace");

        int finished = home.indexOf("Campagnes terminées");
        assertThat(finished).isPositive();
        assertThat(home.substring(0, finished)).doesNotContain(file);
        assertThat(home.substring(finished)).contains(file);
        assertThat(space).doesNotContain(file);
    }

    @Test
    void theBuyerIsOfferedThePanoramaAndTheirFeedbackNotANewCandidature() {
        String buyerAccount = Scenario.newVerifiedBuyer("Direction des achats de l’espace (tests)");
        Scenario.organisations();
        Scenario.openCampaign();

        String buyer = Pages.html(buyerAccount, "/espace");
        String company = Pages.html(Tokens.CANDIDATE_A, "/espace");

        assertThat(buyer).contains("Chercher dans les panoramas", "href=\"/panorama\"",
                "Les retours d’expérience de mon administration")
                .doesNotContain("Déposer une nouvelle candidature", "action=\"/candidatures/nouvelle\"");
        assertThat(company).contains("Déposer une nouvelle candidature", "action=\"/candidatures/nouvelle\"")
                .doesNotContain("Chercher dans les panoramas");
    }

    @Test
    void adminIsTheAdministratorsHomeWithEachCampaignsStageAndNextAction() {
        String open = Scenario.openCampaign();
        String draft = Scenario.draftCampaign();

        String home = Pages.html(Tokens.ADMIN, "/admin");

        assertThat(home).contains("Accueil des administrateurs", open, draft, "ouverte", "brouillon",
                "href=\"/admin/campagnes/" + open + "/candidatures\"", "href=\"/admin/campagnes/" + draft + "/modifier\"",
                "href=\"/admin/campagnes/" + open + "/tableau-de-bord\"", "href=\"/admin/organisations\"",
                "href=\"/admin/campagnes/nouvelle\"");
        Pages.as(Tokens.CANDIDATE_A).get("/admin").then().statusCode(403);
        Pages.as(Tokens.EVALUATOR).get("/admin").then().statusCode(403);
    }
}
