package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** « Ouvrir la délibération » is offered only once it is allowed, and the page says when that will be. */
@QuarkusTest
class SelectionPageTest {

    @Test
    void noDeliberationButtonWhileFilesAwaitTheirEvaluationsAndTheNoticeSaysWhen() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR");

        String page = Pages.html(Tokens.ADMIN, "/admin/campagnes/" + committee.code + "/selection");

        assertThat(page).doesNotContain("action=\"/admin/campagnes/" + committee.code + "/deliberation\"")
                .contains("1 dossier attend encore des évaluations", "dès que le dernier sera évalué");
    }

    @Test
    void theDeliberationButtonAppearsOnceEveryFileIsEvaluated() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(Deliberation.general("Évalué", "DOCUMENTS", 4)));

        String page = Pages.html(Tokens.ADMIN, "/admin/campagnes/" + d.code + "/selection");

        assertThat(page).contains("action=\"/admin/campagnes/" + d.code + "/deliberation\"", "la délibération peut s’ouvrir");
    }
}
