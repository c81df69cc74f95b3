package fr.amiengine.evaluation.consolidation;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blind rule against aggregates: while the evaluation runs, a member sees no figure computed from other
 * members' evaluations beyond the other scores and justifications of a file they have scored themselves. The test
 * replays the differencing attack of the outside review: read a file's evaluations, let another member score a file
 * the reader has not scored yet, read again.
 */
@QuarkusTest
class BlindAggregatesTest {

    @Test
    void aMemberSeesNothingMoveWhenAnotherMemberScoresAFileTheyHaveNotScored() {
        // given two members on two files, both having scored X, the reader (A) not yet Y
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
        String x = committee.files.get(0);
        String y = committee.files.get(1);
        committee.score(Tokens.EVALUATOR, x, 3);
        committee.score(Tokens.EVALUATOR_2, x, 3.5);
        Map<String, String> before = whatTheReaderSees(committee, x, y);

        // when B scores Y
        committee.score(Tokens.EVALUATOR_2, y, 1);

        // then nothing A can read has changed
        Map<String, String> after = whatTheReaderSees(committee, x, y);
        assertThat(after).containsExactlyEntriesOf(before);
        // and X's evaluations carry the other member's scores, but no per-member or campaign statistic
        as(Tokens.EVALUATOR).get("/api/candidatures/" + x + "/evaluations").then().statusCode(200)
                .body("evaluations", hasSize(2))
                .body("evaluations.normalisedTotal", everyItem(nullValue()))
                .body("evaluations.normalisation", everyItem(nullValue()))
                .body("consolidation.normalisedScore", nullValue())
                .body("consolidation.rawScore", equalTo(65.0f));
        assertThat(before.values()).noneMatch(body -> body.contains("moyenne de l’évaluateur") || body.contains("écart-type"));
        // the administrators still read how each score was normalised
        as(Tokens.ADMIN).get("/api/candidatures/" + x + "/evaluations").then().statusCode(200)
                .body("evaluations.normalisation", everyItem(org.hamcrest.Matchers.containsString("moyenne de l’évaluateur")));
    }

    @Test
    void aMemberReachesNoCampaignStatistic() {
        // given a member of a committee in its evaluation, who has scored a file
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
        committee.score(Tokens.EVALUATOR, committee.files.get(0), 3);

        // then every answer, page and export that counts or averages across the campaign is refused to them
        String code = committee.code;
        for (String path : List.of("/api/campaigns/" + code + "/progress", "/api/campaigns/" + code + "/dashboard",
                "/api/campaigns/" + code + "/ranking", "/api/campaigns/" + code + "/selection",
                "/api/campaigns/" + code + "/assignments", "/api/campaigns/" + code + "/evaluators",
                "/api/campaigns/" + code + "/ledger", "/api/campaigns/" + code + "/minutes.pdf",
                "/api/campaigns/" + code + "/exports/evaluations.csv", "/api/campaigns/" + code + "/exports/evaluations.xlsx",
                "/api/campaigns/" + code + "/exports/campagne.xlsx",
                "/admin/campagnes/" + code + "/tableau-de-bord", "/admin/campagnes/" + code + "/evaluation",
                "/admin/campagnes/" + code + "/selection", "/admin/campagnes/" + code + "/exports/evaluations.csv")) {
            assertThat(as(Tokens.EVALUATOR).get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    /** Every answer and page the reader may open during the evaluation, by address. */
    private static Map<String, String> whatTheReaderSees(Committee committee, String x, String y) {
        Map<String, String> seen = new LinkedHashMap<>();
        Long onX = committee.assignmentOf(Tokens.EVALUATOR, x);
        Long onY = committee.assignmentOf(Tokens.EVALUATOR, y);
        for (String path : List.of("/api/candidatures/" + x + "/evaluations", "/api/me/assignments", "/api/me/committees",
                "/api/assignments/" + onX + "/evaluation", "/api/assignments/" + onY + "/evaluation",
                "/api/candidatures/" + x, "/api/candidatures/" + y, "/api/campaigns/" + committee.code,
                "/evaluation", "/evaluation/affectations/" + onX, "/evaluation/affectations/" + onY,
                "/evaluation/dossiers/" + x + "/note-commune")) {
            seen.put(path, as(Tokens.EVALUATOR).get(path).then().statusCode(200).extract().asString());
        }
        seen.put("/api/candidatures/" + y + "/evaluations", as(Tokens.EVALUATOR).get("/api/candidatures/" + y + "/evaluations")
                .then().statusCode(403).extract().asString());
        return seen;
    }
}
