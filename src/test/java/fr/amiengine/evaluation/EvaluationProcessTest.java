package fr.amiengine.evaluation;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.amiengine.evaluation.scoring.ScoreLedgerEntry;
import fr.amiengine.evaluation.scoring.ScoreLedgerEntryRepository;
import fr.amiengine.support.Committee;
import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** The evaluation step of candidature.bpmn, one test per path, timers run as the job executor would. */
@QuarkusTest
class EvaluationProcessTest {

    @Inject
    ScoreLedgerEntryRepository ledger;

    @Inject
    ProcessEngine engine;

    private Committee committee(String policy, String... members) {
        Committee committee = Committee.inEvaluation(1, policy).invite(members);
        return committee.declareNothing(members).propose().release();
    }

    @Test
    void anAgreeingPairMakesTheFileReviewed() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        String file = committee.files.get(0);

        committee.score(Tokens.EVALUATOR, file, 4);
        assertThat(activities(file)).contains("Task_ScoreCandidature");
        committee.score(Tokens.EVALUATOR_2, file, 3.5);

        as(Tokens.ADMIN).get("/api/candidatures/" + file).then().body("state", equalTo("REVIEWED"));
        assertThat(activities(file)).containsExactly("Task_AwaitCommitteeDecision");
        as(Tokens.ADMIN).get("/api/candidatures/" + file + "/evaluations").then()
                .body("consolidation.rawScore", equalTo(75.0f))
                .body("consolidation.disagreement", equalTo(false))
                .body("consolidation.criteria", hasSize(4));
    }

    @Test
    void aDisagreeingPairGetsAThirdMemberOnce() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        String file = committee.files.get(0);
        List<String> pair = committee.membersOf(file);
        String third = pair.contains("Élise Petit") && pair.contains("Marc Leroy") ? Tokens.EVALUATOR_3
                : pair.contains("Élise Petit") ? Tokens.EVALUATOR_2 : Tokens.EVALUATOR;
        List<String> pairLogins = List.of(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3).stream()
                .filter(l -> !l.equals(third)).toList();

        committee.score(pairLogins.get(0), file, 5);
        committee.score(pairLogins.get(1), file, 1);

        assertThat(committee.membersOf(file)).hasSize(3);
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/progress").then()
                .body("disagreements", hasSize(1))
                .body("disagreements[0].detail", containsString("écart de 4 pour 1,5 admis"))
                .body("disagreements[0].additionalEvaluator", equalTo(true));
        assertThat(activities(file)).contains("Task_ScoreCandidature");

        committee.score(third, file, 3);

        as(Tokens.ADMIN).get("/api/candidatures/" + file).then().body("state", equalTo("REVIEWED"));
        assertThat(committee.membersOf(file)).hasSize(3);
        as(Tokens.ADMIN).get("/api/candidatures/" + file + "/evaluations").then()
                .body("evaluations", hasSize(3))
                .body("consolidation.disagreement", equalTo(true))
                .body("consolidation.rawScore", equalTo(60.0f));
    }

    @Test
    void aDisagreeingPairWritesAConsensusNoteWhenTheCampaignSaysSo() {
        Committee committee = committee("CONSENSUS", Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        String file = committee.files.get(0);
        committee.score(Tokens.EVALUATOR, file, 5);
        committee.score(Tokens.EVALUATOR_2, file, 1);
        assertThat(activities(file)).containsExactly("Task_WriteConsensusNote");

        as(Tokens.EVALUATOR_3).body(Map.of("note", "x")).post("/api/candidatures/" + file + "/consensus").then().statusCode(403);
        as(Tokens.EVALUATOR_2).body(Map.of("note", "Nous retenons 3 sur l’impact.", "minorityView", "Élise maintient 5."))
                .post("/api/candidatures/" + file + "/consensus").then().statusCode(204);

        as(Tokens.ADMIN).get("/api/candidatures/" + file).then().body("state", equalTo("REVIEWED"));
        as(Tokens.ADMIN).get("/api/candidatures/" + file + "/evaluations").then()
                .body("consolidation.consensusNote", equalTo("Nous retenons 3 sur l’impact."))
                .body("consolidation.minorityView", equalTo("Élise maintient 5."));
    }

    @Test
    void remindsByMailBeforeTheDueDateThenFlagsTheLateEvaluation() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        String file = committee.files.get(0);

        committee.runJob(file, "Timer_EvaluationReminder");
        committee.runJob(file, "Task_SendEvaluationReminder");

        // one reminder per member of the file, each to its member
        List<MimeMessage> sent = GreenMailTestResource.receivedBy(Committee.MEMBERS.get(Tokens.EVALUATOR),
                "Rappel\u00a0: évaluation du dossier " + file);
        assertThat(sent).hasSize(1);
        assertThat(GreenMailTestResource.received("Rappel\u00a0: évaluation du dossier " + file)).hasSize(2);
        assertThat(GreenMailUtil.getBody(sent.get(0))).contains("/evaluation/affectations/");

        committee.score(Tokens.EVALUATOR_2, file, 3);
        committee.runJob(file, "Timer_EvaluationDue");

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/progress").then()
                .body("late", equalTo(1))
                .body("submitted", equalTo(1))
                .body("evaluators.find { it.name == 'Élise Petit' }.late", equalTo(1))
                .body("evaluators.find { it.name == 'Marc Leroy' }.late", equalTo(0));
        as(Tokens.EVALUATOR).get("/api/me/assignments").then().body("find { it.reference == '" + file + "' }.late", equalTo(true));
        assertThat(activities(file)).contains("Task_ScoreCandidature");
    }

    @Test
    void aMemberWhoStepsDownIsReplacedAndTheirLinkKept() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        String file = committee.files.get(0);
        List<String> before = committee.membersOf(file);
        String leaving = before.contains("Élise Petit") ? Tokens.EVALUATOR : Tokens.EVALUATOR_2;
        Long assignment = committee.assignmentOf(leaving, file);

        as(leaving).body(Map.of()).post("/api/assignments/" + assignment + "/conflict").then().statusCode(422);
        as(leaving).body(Map.of("reason", "J’ai conseillé cette entreprise en 2024"))
                .post("/api/assignments/" + assignment + "/conflict").then().statusCode(204);

        List<String> after = committee.membersOf(file);
        assertThat(after).hasSize(2).contains("Sophie Garnier");
        as(leaving).get("/api/me/assignments").then().body("findAll { it.reference == '" + file + "' }", hasSize(0));
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/evaluators").then()
                .body("find { it.displayName == '" + (leaving.equals(Tokens.EVALUATOR) ? "Élise Petit" : "Marc Leroy") + "' }.links[0].note",
                        containsString("déport"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(file)
                .taskDefinitionKey("Task_ScoreCandidature").count()).isEqualTo(2);
    }

    @Test
    void aMemberWhoStepsDownWithNobodyToReplaceThemLeavesTheFileToTheOtherAndWarnsTheAdministrators() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        String file = committee.files.get(0);
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);

        as(Tokens.EVALUATOR).body(Map.of("reason", "Ancien associé du dirigeant"))
                .post("/api/assignments/" + assignment + "/conflict").then().statusCode(204);

        assertThat(committee.membersOf(file)).containsExactly("Marc Leroy");
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then()
                .body("note", containsString("aucun membre sans conflit n’est disponible"));
        as(Tokens.EVALUATOR_2).body(Map.of("reason", "Lien découvert"))
                .post("/api/assignments/" + committee.assignmentOf(Tokens.EVALUATOR_2, file) + "/conflict").then().statusCode(409)
                .body("detail", containsString("dernier évaluateur du dossier " + file));
        committee.score(Tokens.EVALUATOR_2, file, 4);
        as(Tokens.ADMIN).get("/api/candidatures/" + file).then().body("state", equalTo("REVIEWED"));
    }

    @Test
    void anAdministratorReopensASubmittedEvaluationWithAReason() {
        Committee committee = committee("ADDITIONAL_EVALUATOR", Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        String file = committee.files.get(0);
        committee.score(Tokens.EVALUATOR, file, 4);
        Long assignment = committee.assignmentOf(Tokens.EVALUATOR, file);
        as(Tokens.ADMIN).body(Map.of("reason", "Trop tôt")).post("/api/assignments/" + assignment + "/evaluation/reopen")
                .then().statusCode(409).body("detail", containsString("attend encore des évaluations"));
        committee.score(Tokens.EVALUATOR_2, file, 4);

        as(Tokens.EVALUATOR).body(Map.of("reason", "x")).post("/api/assignments/" + assignment + "/evaluation/reopen").then().statusCode(403);
        as(Tokens.ADMIN).body(Map.of()).post("/api/assignments/" + assignment + "/evaluation/reopen").then().statusCode(422);
        as(Tokens.ADMIN).body(Map.of("reason", "Erreur de saisie signalée par l’évaluatrice"))
                .post("/api/assignments/" + assignment + "/evaluation/reopen").then().statusCode(200).body("state", equalTo("DRAFT"));
        assertThat(activities(file)).contains("Task_RescoreCandidature", "Task_AwaitCommitteeDecision");

        as(Tokens.EVALUATOR).body(Committee.scores(2)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);

        assertThat(activities(file)).containsExactly("Task_AwaitCommitteeDecision");
        as(Tokens.ADMIN).get("/api/candidatures/" + file + "/evaluations").then().body("consolidation.rawScore", equalTo(60.0f));
        List<ScoreLedgerEntry> reopened = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ledger.list("reference = ?1 and event = ?2", file, ScoreLedgerEntry.Event.REOPENED));
        assertThat(reopened).singleElement().satisfies(e -> {
            assertThat(e.reason).isEqualTo("Erreur de saisie signalée par l’évaluatrice");
            assertThat(e.actor).isEqualTo(Tokens.ADMIN);
        });
    }

    private List<String> activities(String reference) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        return engine.getRuntimeService().getActiveActivityIds(instance);
    }
}
