package fr.amiengine.evaluation.scoring;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scoring through the API: drafts, submission and lock, the ledger, and the blind rules. */
@QuarkusTest
class ScoringApiTest {

    @Inject
    ScoreLedgerEntryRepository ledger;

    private Committee committee;
    private String file;

    @BeforeEach
    void twoMembersOnOneFile() {
        committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
        file = committee.files.get(0);
    }

    @Test
    void savesADraftThenLocksTheSubmittedEvaluation() {
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);

        as(Tokens.EVALUATOR).body(Map.of("scores", List.of(Map.of("criterion", "IMPACT", "score", 5.5))))
                .put("/api/assignments/" + assignment + "/evaluation")
                .then().statusCode(422).body("errors[0].field", equalTo("scores[0].score"))
                .body("errors[0].message", containsString("de 0 à 5 par pas de 0,5"));
        as(Tokens.EVALUATOR).body(Map.of("scores", List.of(Map.of("criterion", "IMPACT", "score", 3.25))))
                .put("/api/assignments/" + assignment + "/evaluation").then().statusCode(422);
        as(Tokens.EVALUATOR).body(Map.of("scores", List.of(Map.of("criterion", "IMPACT", "score", 4, "justification", "Fort impact"))))
                .put("/api/assignments/" + assignment + "/evaluation")
                .then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("scores.find { it.criterion == 'IMPACT' }.score", equalTo(4))
                .body("total", equalTo(null));

        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit")
                .then().statusCode(422).body("errors.field", hasItems("scores[1].score", "scores[1].justification"));

        as(Tokens.EVALUATOR).body(Committee.scores(3.5)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("total", equalTo(70.0f));

        as(Tokens.EVALUATOR).body(Committee.scores(5)).put("/api/assignments/" + assignment + "/evaluation")
                .then().statusCode(409).body("detail", containsString("verrouillée"));
        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(409);
        as(Tokens.EVALUATOR).get("/api/assignments/" + assignment + "/evaluation").then().body("total", equalTo(70.0f));
    }

    @Test
    void keepsEveryChangeInAChainedLedger() {
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);
        as(Tokens.EVALUATOR).body(Committee.scores(2)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).body(Committee.scores(3)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);

        List<ScoreLedgerEntry> entries = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ledger.list("reference = ?1 order by id", file));
        assertThat(entries).filteredOn(e -> e.event == ScoreLedgerEntry.Event.SCORE && "IMPACT".equals(e.criterionKey))
                .extracting(e -> e.oldValue + "→" + e.newValue).containsExactly("null→2", "2→3");
        assertThat(entries).last().satisfies(e -> {
            assertThat(e.event).isEqualTo(ScoreLedgerEntry.Event.SUBMITTED);
            assertThat(e.actor).isEqualTo(Tokens.EVALUATOR);
        });
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/ledger").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(entries.size()));

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                ledger.update("newValue = '5' where id = ?1", entries.get(1).id));
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/ledger").then()
                .body("intact", equalTo(false)).body("firstBrokenEntry", equalTo(entries.get(1).id.intValue()));
    }

    @Test
    void hidesTheOtherEvaluationsUntilTheMemberSubmittedTheirs() {
        committee.score(Tokens.EVALUATOR_2, file, 2);

        as(Tokens.EVALUATOR).get("/api/candidatures/" + file + "/evaluations")
                .then().statusCode(403)
                .body("detail", equalTo("Vous verrez les autres évaluations de ce dossier après avoir soumis la vôtre."))
                .body("keySet()", equalTo(java.util.Set.of("type", "title", "status", "detail", "instance")));
        as(Tokens.EVALUATOR).get("/api/me/assignments").then()
                .body("find { it.reference == '" + file + "' }.keySet()", equalTo(
                        java.util.Set.of("id", "reference", "campaignCode", "solution", "organisation", "family", "dueAt", "late", "evaluation")))
                .body("find { it.reference == '" + file + "' }.evaluation", equalTo(null));

        committee.score(Tokens.EVALUATOR, file, 2.5);

        as(Tokens.EVALUATOR).get("/api/candidatures/" + file + "/evaluations").then().statusCode(200)
                .body("evaluations", hasSize(2))
                .body("evaluations.evaluator", hasItems("Vous", "Membre 1"))
                .body("evaluations.evaluator", not(hasItems("Marc Leroy")));
        as(Tokens.ADMIN).get("/api/candidatures/" + file + "/evaluations").then().statusCode(200)
                .body("evaluations.evaluator", hasItems("Marc Leroy"))
                .body("consolidation.rawScore", equalTo(45.0f))
                .body("evaluations[0].normalisation", containsString("note brute"));
    }

    @Test
    void nobodyElseReadsOrWritesAnEvaluation() {
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);

        as(Tokens.EVALUATOR_2).get("/api/assignments/" + assignment + "/evaluation").then().statusCode(403);
        as(Tokens.EVALUATOR_2).body(Committee.scores(1)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(403);
        as(Tokens.EVALUATOR_3).get("/api/candidatures/" + file + "/evaluations").then().statusCode(404)
                .body("detail", equalTo("Aucune candidature n’a la référence «\u00a0" + file + "\u00a0»."));
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + file + "/evaluations").then().statusCode(403);
        as(Tokens.CANDIDATE_A).get("/api/me/assignments").then().statusCode(403);
        as(Tokens.ADMIN).body(Committee.scores(1)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(403);
        as(Tokens.ADMIN).get("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
    }
}
