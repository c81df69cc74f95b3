package fr.amiengine.selection;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.financed;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking and selection proposal through the API, on campaigns evaluated by two members. */
@QuarkusTest
class SelectionApiTest {

    @Test
    void ranksEachTrackByScoreAndExplainsEveryRank() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(
                general("Second", Scenario.FAMILY, 4), general("Premier", Scenario.FAMILY, 4.5),
                general("Troisième", Scenario.FAMILY, 4), financed("Financé", Scenario.FAMILY, 100_000, 3)));

        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/ranking").then().statusCode(200)
                .body("basis", equalTo("RAW"))
                .body("tieRules", containsString("l’impact"))
                .body("tracks[0].code", equalTo(Deliberation.GENERAL))
                .body("tracks[0].files.reference", equalTo(List.of(d.ref("Premier"), d.ref("Second"), d.ref("Troisième"))))
                .body("tracks[0].files.position", equalTo(List.of(1, 2, 3)))
                .body("tracks[0].files[0].score", equalTo(90.0f))
                .body("tracks[0].files[1].explanation", startsWith("Classé 2e sur 3 dossiers éligibles du volet «\u00a0Volet général\u00a0» avec 80"))
                // same score, impact and maturity: the earlier submission goes first
                .body("tracks[0].files[1].explanation", containsString("départagés par la date de dépôt"))
                .body("tracks[1].files.reference", equalTo(List.of(d.ref("Financé"))));
        as(Tokens.EVALUATOR).get("/api/campaigns/" + d.code + "/ranking").then().statusCode(403);
        as(Tokens.CANDIDATE_A).get("/api/campaigns/" + d.code + "/ranking").then().statusCode(403);
    }

    @Test
    void proposesTheTopOfEachTrackThenSaysWhatTheBudgetChanged() {
        Deliberation d = Deliberation.evaluated(2, null, List.of(
                general("G1", Scenario.FAMILY, 4.5), general("G2", Scenario.FAMILY, 4), general("G3", Scenario.FAMILY, 3),
                financed("F1", Scenario.FAMILY, 400_000, 4.5), financed("F2", Scenario.FAMILY, 200_000, 4),
                financed("F3", Scenario.FAMILY, 100_000, 3.5)));

        d.open();

        // the financed track's two best files ask 600 000 € for a budget of 500 000 €: F1 and F3 (160 points) beat F2 and F3
        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("G1", "RETAINED", "G2", "RETAINED",
                "G3", "NOT_RETAINED", "F1", "RETAINED", "F2", "NOT_RETAINED", "F3", "RETAINED"));
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then().statusCode(200)
                .body("state", equalTo("DELIBERATION"))
                .body("changes", hasSize(2))
                .body("changes[0]", startsWith("Budgets des volets\u00a0: n’est plus proposé " + d.ref("F2")))
                .body("changes[1]", startsWith("Budgets des volets\u00a0: proposé à la place " + d.ref("F3")))
                .body("tracks.find { it.code == 'FINANCE' }.requestedEuros", equalTo(500_000))
                .body("tracks.find { it.code == 'FINANCE' }.retained", equalTo(2))
                .body("files.find { it.reference == '" + d.ref("G3") + "' }.motivation",
                        startsWith("Le dossier n’est pas retenu\u00a0: le volet «\u00a0Volet général\u00a0» offre 2 places"))
                .body("problems", hasSize(0));
    }

    @Test
    void aFamilyMinimumBringsInItsBestFileAndAnImpossibleOneIsExplained() {
        Deliberation d = Deliberation.evaluated(2, 1, List.of(
                general("Docs1", Scenario.FAMILY, 5), general("Docs2", Scenario.FAMILY, 4.5),
                general("Assistant", "ASSISTANTS", 3)));

        d.open();

        assertThat(d.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("Docs1", "RETAINED", "Docs2", "NOT_RETAINED",
                "Assistant", "RETAINED"));
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/selection").then()
                .body("changes", hasItem(startsWith("Bornes des familles\u00a0: proposé à la place " + d.ref("Assistant"))))
                .body("families.find { it.code == 'ASSISTANTS' }.retained", equalTo(1));

        // a waiting list of one per track puts the next eligible file on it
        as(Tokens.ADMIN).body(Map.of("waitlist", 1)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(200);
        assertThat(d.outcomes()).containsEntry("Docs2", "WAITLISTED");
        as(Tokens.ADMIN).body(Map.of("waitlist", -1)).post("/api/campaigns/" + d.code + "/selection").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void theDeliberationOpensOnlyWhenEveryFileIsEvaluated() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        String file = committee.files.get(0);
        committee.score(Tokens.EVALUATOR, file, 4);

        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/deliberation").then().statusCode(409)
                .body("detail", containsString("1 dossier attend encore des évaluations (" + file + ")"));
        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/selection").then().statusCode(409)
                .body("detail", containsString("pendant la délibération"));
        as(Tokens.EVALUATOR).post("/api/campaigns/" + committee.code + "/deliberation").then().statusCode(403);

        committee.score(Tokens.EVALUATOR_2, file, 4);
        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/deliberation").then().statusCode(204);
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code).then().body("state", equalTo("DELIBERATION"));
        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/deliberation").then().statusCode(409);
    }
}
