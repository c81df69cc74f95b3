package fr.amiengine.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.support.Committee;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * P2, a file's whole lifecycle (issue #13): one campaign of N files taken from the drafts to the published panorama
 * through the packaged application's REST API, by one client (each person's requests one after the other, as the
 * candidate, the administrators and the two members would make them), and the engine's asynchronous steps awaited
 * on the database. Each stage is timed; the wait for the closing date (a timer) is not, nor the set-up. Time per file
 * = the stages' sum / N.
 *
 * <p>Its floor, {@link #floor}: a standalone engine running a process with as many wait states as a file's path in
 * {@code candidature.bpmn} ({@value #WAIT_STATES}: the admissibility review, the evaluation's start, the assignment's
 * release, two scorings, the committee's decision, then writing and sending the letter, both asynchronous), as user
 * tasks completed one after the other, each found by a task query first, also from one client.
 */
final class FileLifecycle {

    static final int WAIT_STATES = 8;
    static final String CANDIDATE = "candidat1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one lifecycle measured: the seconds of each stage (in order), errors, the campaign and its files. */
    record Result(int files, Map<String, Double> stages, int errors, String code, List<String> references) {

        double seconds() {
            return stages.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double perFileMs() {
            return 1000 * seconds() / files;
        }
    }

    private final PackagedApplication application;
    private final HttpClient http = PackagedApplication.http();
    private final int files;
    private final Map<String, Double> stages = new LinkedHashMap<>();
    private final List<String> references = new ArrayList<>();
    private final List<String> members;
    private String code;
    private int errors;
    private Connection polling;

    private FileLifecycle(PackagedApplication application, int files) {
        this.application = application;
        this.files = files;
        this.members = List.copyOf(Committee.MEMBERS.keySet()).subList(0, 2);
    }

    /**
     * The first half, up to the admissible files: a campaign open now and closing {@code window} after its creation,
     * then N drafts with their PDF, their submission (until every receipt is sent), their admissibility.
     */
    static FileLifecycle begin(PackagedApplication application, int files, Duration window) throws Exception {
        FileLifecycle lifecycle = new FileLifecycle(application, files);
        lifecycle.quiet(); // before the campaign's window starts
        lifecycle.open(window);
        lifecycle.upToAdmissibility();
        return lifecycle;
    }

    private void open(Duration window) {
        code = "CYCLE-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> campaign = Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(window));
        // three files in four retained: the panorama of P4 is this campaign's
        campaign.put("tracks", List.of(Map.of("code", Scenario.TRACK, "label", "Volet général", "seats", Math.max(1, files * 3 / 4))));
        application.as("admin").body(campaign).post("/api/campaigns").then().statusCode(201);
        await(Duration.ofMinutes(5), "l'ouverture de " + code, () -> "OPEN".equals(state()));
    }

    private void upToAdmissibility() throws Exception {
        byte[] pdf = Pdfs.valid(1);
        tokens(CANDIDATE, "admin");
        stage("brouillon et PDF joint", () -> {
            for (int i = 0; i < files; i++) {
                Map<String, Object> form = new HashMap<>(Scenario.completeForm());
                form.put("solutionName", "Solution " + i + (i % 3 == 0 ? " de données" : " de documents"));
                Map<String, Object> draft = json(send("POST", "/api/campaigns/" + code + "/candidatures", CANDIDATE, form, 201));
                String reference = (String) draft.get("reference");
                upload(reference, pdf);
                references.add(reference);
            }
        });
        tokens(CANDIDATE);
        stage("soumission et accusé envoyé", () -> {
            for (String reference : references) {
                send("POST", "/api/candidatures/" + reference + "/submit", CANDIDATE, null, 200);
            }
            await(Duration.ofMinutes(3), "les accusés de réception", () -> mails("RECEIPT") == files);
        });
        tokens("admin");
        stage("recevabilité", () -> {
            for (String reference : references) {
                send("POST", "/api/candidatures/" + reference + "/admissibility", "admin", Map.of("outcome", "ADMISSIBLE"), 200);
            }
        });
    }

    /**
     * The second half, once the campaign's closing date has passed (awaited, not timed): evaluation, consolidation,
     * decisions, letters, publication.
     */
    Result finish(Duration closingWithin) throws Exception {
        await(closingWithin, "la clôture de " + code, () -> "CLOSED".equals(state()));
        quiet();
        List<String> everyone = new ArrayList<>(List.of("admin", "admin2"));
        everyone.addAll(members);
        tokens(everyone.toArray(String[]::new));
        String files = references.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", "));
        Map<String, List<Map<String, Object>>> work = new LinkedHashMap<>();
        stage("lancement de l'évaluation, affectation", () -> {
            send("POST", "/api/campaigns/" + code + "/evaluation/start", "admin", null, 204);
            await(Duration.ofMinutes(5), "l'évaluation de " + code, () -> "EVALUATION".equals(state()));
            for (String member : members) {
                send("POST", "/api/campaigns/" + code + "/evaluators", "admin", Map.of("email", Committee.MEMBERS.get(member),
                        "firstName", "Prénom", "lastName", "Nom", "administration", "Ministère de " + member), 201);
                send("POST", "/api/me/committees/" + code + "/declaration", member, Map.of("links", List.of(), "complete", true), 200);
            }
            send("POST", "/api/campaigns/" + code + "/assignments/auto", "admin", null, 200);
            send("POST", "/api/campaigns/" + code + "/assignments/release", "admin",
                    Map.of("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()), 202);
            await(Duration.ofMinutes(5), "les évaluations à faire", () -> count("select count(*) from act_ru_task t"
                    + " join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_ScoreCandidature'"
                    + " and e.business_key_ in (" + files + ")") == 2L * this.files);
            for (String member : members) {
                List<Map<String, Object>> mine = JSON.readValue(send("GET", "/api/me/assignments", member, null, 200),
                        new TypeReference<>() { });
                work.put(member, mine.stream().filter(a -> code.equals(a.get("campaignCode"))).toList());
            }
        });
        tokens(members.toArray(String[]::new));
        stage("deux évaluations par dossier, consolidation", () -> {
            for (String member : members) {
                for (Map<String, Object> assignment : work.get(member)) {
                    double score = 5 - (references.indexOf((String) assignment.get("reference")) % 10) * 0.5;
                    String evaluation = "/api/assignments/" + assignment.get("id") + "/evaluation";
                    send("PUT", evaluation, member, Committee.scores(score), 200);
                    send("POST", evaluation + "/submit", member, null, 200);
                }
            }
            await(Duration.ofMinutes(1), "les dossiers évalués", () -> count("select count(*) from candidature"
                    + " where state = 'REVIEWED' and reference in (" + files + ")") == this.files);
        });
        tokens("admin", "admin2");
        stage("délibération, décisions à quatre yeux", () -> {
            send("POST", "/api/campaigns/" + code + "/deliberation", "admin", null, 204);
            send("POST", "/api/campaigns/" + code + "/decisions/submit", "admin", null, 200);
            send("POST", "/api/campaigns/" + code + "/decisions/approve", "admin2", Map.of("approved", true), 200);
        });
        stage("lettres (PDF, envoi), procès-verbal", () -> await(Duration.ofMinutes(5), "les lettres et le procès-verbal",
                () -> mails("DECISION_LETTER") == this.files && count("select count(*) from act_ru_task t"
                        + " join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_PublishPanorama'"
                        + " and e.business_key_ = '" + code + "'") == 1));
        tokens("admin");
        stage("publication du panorama", () -> {
            send("POST", "/api/campaigns/" + code + "/publish", "admin", null, 200);
            HttpResponse<String> panorama = http.send(HttpRequest.newBuilder(URI.create(application.url(
                    "/api/public/campaigns/" + code + "/panorama"))).build(), HttpResponse.BodyHandlers.ofString());
            if (panorama.statusCode() != 200) {
                throw new IllegalStateException("panorama public de " + code + " : " + panorama.statusCode());
            }
        });
        polling.close();
        return new Result(this.files, stages, errors, code, List.copyOf(references));
    }

    // ---------------------------------------------------------------- the floor

    /** The floor's process: start → service task doing nothing → {@value #WAIT_STATES} user tasks → end. */
    static BpmnModelInstance floorModel() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("Process_FloorFile").camundaHistoryTimeToLive(180)
                .startEvent().serviceTask("Task_Nothing").camundaClass(WritePathBenchmark.NothingDelegate.class.getName());
        for (int i = 1; i <= WAIT_STATES; i++) {
            flow = flow.userTask("Task_Wait" + i);
        }
        return flow.endEvent().done();
    }

    /** N files through the floor's process, stage by stage as the application's: all started, then each wait in turn. */
    static Result floor(ProcessEngine engine, int files, String prefix) {
        Map<String, Double> stages = new LinkedHashMap<>();
        List<String> instances = new ArrayList<>();
        long t = System.nanoTime();
        for (int i = 0; i < files; i++) {
            instances.add(engine.getRuntimeService().startProcessInstanceByKey("Process_FloorFile", prefix + i).getId());
        }
        stages.put("démarrage", (System.nanoTime() - t) / 1e9);
        TaskService tasks = engine.getTaskService();
        for (int wait = 1; wait <= WAIT_STATES; wait++) {
            t = System.nanoTime();
            for (String instance : instances) {
                tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
            stages.put("attente " + wait, (System.nanoTime() - t) / 1e9);
        }
        return new Result(files, stages, 0, prefix, instances);
    }

    // ---------------------------------------------------------------- helpers

    interface Stage {
        void run() throws Exception;
    }

    private void stage(String name, Stage stage) throws Exception {
        long t = System.nanoTime();
        stage.run();
        stages.put(name, (System.nanoTime() - t) / 1e9);
    }

    /** Fetches the tokens before a stage, so that no sign-in at Keycloak is timed (they are kept three minutes). */
    private void tokens(String... users) {
        for (String user : users) {
            application.token(user);
        }
    }

    /** Waits until the job executor has no asynchronous step left to run (other measures' receipts), not timed. */
    private void quiet() {
        WritePathBenchmark.awaitQuiet(application);
    }

    private long mails(String kind) {
        return count("select count(*) from outgoing_mail m join candidature c on c.id = m.candidature_id"
                + " join campaign k on k.id = c.campaign_id where k.code = '" + code + "' and m.kind = '" + kind
                + "' and m.state = 'SENT'");
    }

    private String state() {
        try (Statement s = polling().createStatement();
             ResultSet r = s.executeQuery("select state from campaign where code = '" + code + "'")) {
            return r.next() ? r.getString(1) : "";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code select count(*)} on the kept connection (polled every 20 ms: no new connection each time). */
    private long count(String sql) {
        try (Statement s = polling().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection polling() throws SQLException {
        if (polling == null || polling.isClosed()) {
            polling = application.database();
        }
        return polling;
    }

    private String send(String method, String path, String user, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + application.token(user));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            errors++;
            throw new IllegalStateException(method + " " + path + " : " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private void upload(String reference, byte[] pdf) throws Exception {
        String boundary = "ami-bench-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"presentation.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(application.url("/api/candidatures/" + reference + "/attachments")))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + application.token(CANDIDATE))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            errors++;
            throw new IllegalStateException("pièce jointe de " + reference + " : " + answer.statusCode() + " " + answer.body());
        }
    }

    private static Map<String, Object> json(String body) throws Exception {
        return JSON.readValue(body, new TypeReference<>() { });
    }

    /** Polls a condition every 20 ms (the stage's time includes the last poll's delay, at most that). */
    private static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("attendu en vain : " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
