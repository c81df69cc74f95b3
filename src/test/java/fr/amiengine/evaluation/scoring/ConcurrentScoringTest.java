package fr.amiengine.evaluation.scoring;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * Many members saving and submitting at once, each on their own evaluations: the two members of a file meet on that
 * file's process instance (its consolidation), which is work that does not conflict for them. Nobody may get a
 * conflict error, and no saved score may be lost.
 */
@QuarkusTest
class ConcurrentScoringTest {

    private static final List<String> MEMBERS = List.of(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3,
            Tokens.EVALUATOR_4);
    private static final int FILES = 16;

    @Inject
    ProcessEngine engine;

    record Work(String member, String file, long assignment, double score) {
    }

    @Test
    void simultaneousSavesAndSubmitsOnOwnEvaluationsGetNoErrorAndLoseNothing() throws Exception {
        Committee committee = Committee.inEvaluation(FILES, "ADDITIONAL_EVALUATOR")
                .invite(MEMBERS.toArray(String[]::new))
                .declareNothing(MEMBERS.toArray(String[]::new))
                .propose()
                .release();
        List<Work> work = new ArrayList<>();
        for (String member : MEMBERS) {
            List<Map<String, Object>> mine = as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
            for (Map<String, Object> assignment : mine) {
                if (!((String) assignment.get("reference")).startsWith(committee.code + "-")) {
                    continue; // a file of another campaign of the suite
                }
                // Two members of a file stay within the allowed spread: no third member is called in.
                double score = MEMBERS.indexOf(member) % 2 == 0 ? 3.0 : 3.5;
                work.add(new Work(member, (String) assignment.get("reference"), ((Number) assignment.get("id")).longValue(), score));
            }
        }
        assertThat(work).hasSize(2 * FILES);

        ExecutorService clients = Executors.newFixedThreadPool(work.size());
        List<String> errors = new ArrayList<>();
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (Work w : work) {
                runs.add(clients.submit(saveTwiceThenSubmit(w)));
            }
            for (Future<List<String>> run : runs) {
                errors.addAll(run.get(180, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(errors).as("réponses autres que 200").isEmpty();
        for (Work w : work) {
            Map<String, Object> evaluation = as(w.member()).get("/api/assignments/" + w.assignment() + "/evaluation")
                    .then().statusCode(200).extract().path("$");
            assertThat(evaluation.get("state")).as(w.member() + " sur " + w.file()).isEqualTo("SUBMITTED");
            assertThat(((Number) evaluation.get("total")).doubleValue()).as(w.member() + " sur " + w.file())
                    .isEqualTo(w.score() * 20);
        }
        // the suite shares its database: only this campaign's jobs count (another test may leave a failed job)
        assertThat(engine.getManagementService().createJobQuery().withException().list().stream()
                .filter(job -> job.getProcessInstanceId() != null)
                .map(job -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult())
                .filter(instance -> instance != null && instance.getBusinessKey() != null
                        && (instance.getBusinessKey().equals(committee.code) || instance.getBusinessKey().startsWith(committee.code + "-")))
                .map(instance -> instance.getBusinessKey()))
                .as("tâches en échec des processus de " + committee.code).isEmpty();
    }

    private static Callable<List<String>> saveTwiceThenSubmit(Work w) {
        return () -> {
            List<String> errors = new ArrayList<>();
            String base = "/api/assignments/" + w.assignment() + "/evaluation";
            record Step(String method, String path, Object body) {
            }
            for (Step step : List.of(new Step("PUT", base, Committee.scores(1)), new Step("PUT", base, Committee.scores(w.score())),
                    new Step("POST", base + "/submit", null))) {
                var request = as(w.member());
                if (step.body() != null) {
                    request = request.body(step.body());
                }
                var response = request.request(step.method(), step.path());
                if (response.statusCode() != 200) {
                    errors.add(step.method() + " " + step.path() + " par " + w.member() + "\u00a0: " + response.statusCode() + " "
                            + response.body().asString());
                }
            }
            return errors;
        };
    }
}
