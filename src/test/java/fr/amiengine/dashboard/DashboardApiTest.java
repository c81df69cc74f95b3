package fr.amiengine.dashboard;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.ProcessDriver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The campaign dashboard against the engine: the files per step must be what Camunda's own queries say, asked here
 * another way (history of activity instances and pending jobs, not the activity tree the service reads).
 */
@QuarkusTest
class DashboardApiTest {

    /** Activity instances that contain others: a file inside them waits at one of their inner steps. */
    private static final Set<String> SCOPES = Set.of("subProcess", "multiInstanceBody");

    @Inject
    ProcessDriver processes;

    @Inject
    ProcessEngine engine;

    @Test
    void countsEachFileAtTheStepWhereTheEngineHasItDuringTheEvaluation() {
        // given a campaign whose pairs write a joint note when they disagree
        String code = Scenario.uniqueCode("TABLEAU");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> campaign = Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20)));
        campaign.put("disagreementPolicy", "CONSENSUS");
        as(Tokens.ADMIN).body(campaign).post("/api/campaigns").then().statusCode(201);
        assertThat(processes.openCampaign(code)).isTrue();
        Scenario.organisations();
        String agreed = submit(Tokens.CANDIDATE_A, code);
        String halfScored = submit(Tokens.CANDIDATE_B, code);
        String late = submit(Tokens.CANDIDATE_A, code);
        String split = submit(Tokens.CANDIDATE_B, code);
        String rejected = submit(Tokens.CANDIDATE_A, code);
        String withdrawn = submit(Tokens.CANDIDATE_B, code);
        String draft = Scenario.draft(Tokens.CANDIDATE_A, code, Scenario.completeForm());
        for (String file : List.of(agreed, halfScored, late, split, withdrawn)) {
            as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + file + "/admissibility")
                    .then().statusCode(200);
        }
        as(Tokens.ADMIN).body(Map.of("outcome", "INADMISSIBLE", "reason", "La solution ne relève pas de l’IA."))
                .post("/api/candidatures/" + rejected + "/admissibility").then().statusCode(200);
        as(Tokens.CANDIDATE_B).post("/api/candidatures/" + withdrawn + "/withdraw").then().statusCode(200);
        assertThat(processes.closeCampaign(code)).isTrue();
        Committee committee = Committee.attach(code, List.of(agreed, halfScored, late, split))
                .startEvaluation().invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2).propose().release();

        // when the members score some files, disagree on one, let the due date pass on another
        committee.score(Tokens.EVALUATOR, agreed, 4);
        committee.score(Tokens.EVALUATOR_2, agreed, 4);
        committee.score(Tokens.EVALUATOR, halfScored, 3);
        committee.score(Tokens.EVALUATOR, split, 5);
        committee.score(Tokens.EVALUATOR_2, split, 1);
        committee.runJob(late, "Timer_EvaluationDue");
        committee.runJob(ProcessVariables.receiptKey(agreed), "Task_SendSubmissionReceipt");

        // then the steps are the engine's, file by file
        JsonPath dashboard = dashboard(code);
        List<String> all = List.of(agreed, halfScored, late, split, rejected, withdrawn, draft);
        assertThat(stagesOf(dashboard))
                .isEqualTo(engineStages(all))
                .isEqualTo(Map.of("Task_AwaitCommitteeDecision", 1L, "Task_ScoreCandidature", 2L,
                        "Task_WriteConsensusNote", 1L, "End_Inadmissible", 1L, "SubProcess_Withdrawal", 1L));
        assertThat(dashboard.getString("stages.find { it.activityId == 'Task_ScoreCandidature' }.name"))
                .isEqualTo("Noter le dossier sur les quatre critères");
        assertThat(dashboard.getBoolean("stages.find { it.activityId == 'Task_ScoreCandidature' }.ended")).isFalse();
        // a withdrawal ends the process in its event subprocess, which the engine names as where it ended
        assertThat(dashboard.getString("stages.find { it.activityId == 'SubProcess_Withdrawal' }.name")).isEqualTo("Retrait par le candidat");
        assertThat(dashboard.getBoolean("stages.find { it.activityId == 'SubProcess_Withdrawal' }.ended")).isTrue();
        // running steps first, in the order of the model
        assertThat(dashboard.getList("stages.activityId", String.class)).containsExactly("Task_ScoreCandidature",
                "Task_WriteConsensusNote", "Task_AwaitCommitteeDecision", "End_Inadmissible", "SubProcess_Withdrawal");

        // and the other figures come from our tables
        assertThat(dashboard.getLong("files")).isEqualTo(7);
        assertThat(dashboard.getLong("filesWithoutProcess")).isEqualTo(1);
        assertThat(statesOf(dashboard)).isEqualTo(Map.of("DRAFT", 1L, "INADMISSIBLE", 1L, "UNDER_REVIEW", 3L, "REVIEWED", 1L,
                "WITHDRAWN", 1L));
        assertThat(dashboard.getList("submissionsByDay.submitted", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(dashboard.getLong("submissionsByDay[-1].cumulative")).isEqualTo(6);
        assertThat(dashboard.getMap("evaluations")).isEqualTo(Map.of("expected", 8, "submitted", 5, "pending", 3, "late", 2,
                "drafts", 0));
        assertThat(dashboard.getMap("disagreements")).isEqualTo(Map.of("flagged", 1, "additionalEvaluator", 0,
                "withoutAdditionalEvaluator", 1));
        assertThat(dashboard.getList("decisions")).isEmpty();
        assertThat(dashboard.getMap("letters")).isEqualTo(Map.of("due", 0, "sent", 0, "pending", 0));
        assertThat(dashboard.getMap("receipts")).isEqualTo(Map.of("due", 6, "sent", 1, "pending", 5));
        assertThat(dashboard.getString("campaignState")).isEqualTo("EVALUATION");
        assertThat(dashboard.getBoolean("published")).isFalse();
        // the evaluation dashboard says the same
        as(Tokens.ADMIN).get("/api/campaigns/" + code + "/progress").then().statusCode(200)
                .body("submitted", equalTo(5)).body("late", equalTo(2)).body("assignments", equalTo(8));

        // the page shows the same figures as tables, each drawn before it as a bar chart by the server, with no script
        Response page = as(Tokens.ADMIN).accept("text/html").get("/admin/campagnes/" + code + "/tableau-de-bord");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';", "style-src 'self';")
                .doesNotContain("unsafe");
        String html = page.asString();
        assertThat(html)
                .contains("<th scope=\"row\">Noter le dossier sur les quatre critères</th><td>en cours</td><td>2</td>")
                .contains("<th scope=\"row\">Retrait par le candidat</th><td>terminé</td><td>1</td>")
                // the steps by their French names only: no BPMN id, no « moteur BPMN »
                .doesNotContain("Task_ScoreCandidature", "SubProcess_Withdrawal", "BPMN")
                .contains("<th scope=\"row\">En retard (échéance dépassée)</th><td>2</td>")
                .contains("<th scope=\"row\">Accusés de réception</th><td>6</td><td>1</td><td>5</td>")
                .contains("<svg role=\"img\" aria-labelledby=\"graphique-etapes-titre\"",
                        "<title id=\"graphique-etapes-titre\">Diagramme en barres\u00a0: nombre de dossiers à chaque étape du processus.")
                .doesNotContain("<script>", "<canvas", "https://", "style=");
        // the only scripts are the layout's small served ones (menu, character counter), not the charts'
        assertThat(html.split("<script", -1).length).isEqualTo(html.split("<script src=\"/static/", -1).length);
        // a chart per table of figures but the decisions (none yet), each bar with the figure of its table: the late
        // evaluations' bar says 2
        assertThat(html.split("<svg role=\"img\"", -1)).hasSize(5);
        assertThat(html).doesNotContain("graphique-decisions");
        String evaluations = html.substring(html.indexOf("id=\"graphique-evaluations-titre\""));
        assertThat(evaluations.substring(0, evaluations.indexOf("</svg>")))
                .containsPattern(">En retard \\(échéance dépassée\\)</text>\\s*<rect [^>]+/>\\s*<text [^>]+>2</text>");
    }

    @Test
    void countsDecisionsAndLettersWhileTheLettersLeaveOneByOne() {
        // given a committee that retained two files and refused one, approved by a second administrator
        Deliberation d = Deliberation.evaluated(1, null, List.of(
                Deliberation.general("Premier", Scenario.FAMILY, 4.5), Deliberation.general("Second", Scenario.FAMILY, 4),
                Deliberation.financed("Financé", Scenario.FAMILY, 300_000, 3.5))).open();
        as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/dashboard").then().statusCode(200)
                .body("decisions.find { it.outcome == 'RETAINED' }.files", equalTo(2))
                .body("decisions.find { it.outcome == 'RETAINED' }.finalised", equalTo(0))
                .body("letters.due", equalTo(0));
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
        d.committee.runCampaignJob("Task_FinaliseDecisions");

        // when one letter is sent, one written and not yet sent, one not yet written
        d.committee.runJob(d.ref("Premier"), "Task_WriteDecisionLetter");
        d.committee.runJob(d.ref("Premier"), "Task_SendDecisionLetter");
        d.committee.runJob(d.ref("Second"), "Task_WriteDecisionLetter");

        // then the asynchronous steps waiting for the job executor are counted where the engine has them
        JsonPath dashboard = dashboard(d.code);
        assertThat(stagesOf(dashboard))
                .isEqualTo(engineStages(d.files.values()))
                .isEqualTo(Map.of("Task_WriteDecisionLetter", 1L, "Task_SendDecisionLetter", 1L, "End_Decided", 1L));
        assertThat(dashboard.getString("stages.find { it.activityId == 'End_Decided' }.name")).isEqualTo("Décision notifiée");
        assertThat(statesOf(dashboard)).isEqualTo(Map.of("RETAINED", 2L, "NOT_RETAINED", 1L));
        assertThat(dashboard.getList("decisions.outcome", String.class)).containsExactly("RETAINED", "NOT_RETAINED");
        assertThat(dashboard.getList("decisions.files", Long.class)).containsExactly(2L, 1L);
        assertThat(dashboard.getList("decisions.finalised", Long.class)).containsExactly(2L, 1L);
        assertThat(dashboard.getMap("letters")).isEqualTo(Map.of("due", 3, "sent", 1, "pending", 2));
        assertThat(dashboard.getMap("evaluations")).isEqualTo(Map.of("expected", 6, "submitted", 6, "pending", 0, "late", 0,
                "drafts", 0));
        assertThat(dashboard.getString("campaignState")).isEqualTo("DECIDED");
        assertThat(dashboard.getString("campaignStateLabel")).isEqualTo("décidée");
        assertThat(dashboard.getBoolean("published")).isFalse();
    }

    @Test
    void onlyAdministratorsReadTheDashboardOfACampaignThatExists() {
        String code = Scenario.openCampaign();
        String api = "/api/campaigns/" + code + "/dashboard";

        anonymous().get(api).then().statusCode(401).contentType("application/problem+json");
        as(Tokens.CANDIDATE_A).get(api).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.EVALUATOR).get(api).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.ADMIN).get("/api/campaigns/INCONNUE-" + code + "/dashboard").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Aucune campagne n’a le code «\u00a0INCONNUE-" + code + "\u00a0»."));
        as(Tokens.ADMIN).get(api).then().statusCode(200)
                .body("campaignState", equalTo("OPEN"))
                .body("files", equalTo(0))
                .body("stages", empty());

        String page = "/admin/campagnes/" + code + "/tableau-de-bord";
        RestAssuredConfig noRedirect = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
        given().config(noRedirect).get(page).then().statusCode(302);
        given().config(noRedirect).auth().oauth2(Tokens.of(Tokens.CANDIDATE_A)).accept("text/html").get(page).then().statusCode(403);
        given().config(noRedirect).auth().oauth2(Tokens.of(Tokens.EVALUATOR)).accept("text/html").get(page).then().statusCode(403);
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").get("/admin/campagnes/INCONNUE-" + code + "/tableau-de-bord")
                .then().statusCode(404).contentType(containsString("text/html"));
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Aucun dossier soumis\u00a0: aucun processus"));
    }

    private static String submit(String candidate, String campaign) {
        String reference = Scenario.draft(candidate, campaign, Scenario.completeForm());
        Scenario.attachPdf(candidate, reference);
        as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
        return reference;
    }

    private static JsonPath dashboard(String code) {
        return as(Tokens.ADMIN).get("/api/campaigns/" + code + "/dashboard").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static Map<String, Long> stagesOf(JsonPath dashboard) {
        Map<String, Long> stages = new TreeMap<>();
        List<Map<String, Object>> lines = dashboard.getList("stages");
        lines.forEach(l -> stages.put((String) l.get("activityId"), ((Number) l.get("files")).longValue()));
        return stages;
    }

    private static Map<String, Long> statesOf(JsonPath dashboard) {
        Map<String, Long> states = new TreeMap<>();
        List<Map<String, Object>> lines = dashboard.getList("filesByState");
        lines.forEach(l -> states.put((String) l.get("state"), ((Number) l.get("files")).longValue()));
        return states;
    }

    /**
     * Where each file is, asked of the engine independently of the service: the end event of an ended process; for a
     * running one, its unfinished activity instances that are not scopes, and the activities whose asynchronous job
     * waits for the executor.
     */
    private Map<String, Long> engineStages(Collection<String> references) {
        Map<String, Long> counts = new TreeMap<>();
        for (String reference : references) {
            HistoricProcessInstance process = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ProcessVariables.PROCESS_CANDIDATURE).processInstanceBusinessKey(reference).singleResult();
            if (process == null) {
                continue;
            }
            Set<String> at = new TreeSet<>();
            if (process.getEndTime() != null) {
                at.add(process.getEndActivityId());
            } else {
                engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.getId()).unfinished()
                        .list().stream().filter(a -> !SCOPES.contains(a.getActivityType())).forEach(a -> at.add(a.getActivityId()));
                engine.getManagementService().createJobQuery().processInstanceId(process.getId()).messages().list()
                        .forEach(job -> at.add(engine.getManagementService().createJobDefinitionQuery()
                                .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()));
            }
            at.forEach(activity -> counts.merge(activity, 1L, Long::sum));
        }
        return counts;
    }
}
