package fr.amiengine.bench;

import fr.amiengine.support.Committee;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The write paths of the packaged application on PostgreSQL, each beside its floors measured in the same run:
 * {@code ./mvnw -Pbench-api} (issue #13, item 1). Prints a table (figure, floor, ratio, goal); asserts nothing.
 *
 * <ul>
 *   <li><b>P1</b> submission ({@code POST /api/candidatures/{ref}/submit} of a complete draft with its PDF) from 1, 8
 *       and 32 clients, beside two floors: a standalone Camunda engine running the same shape (start → service task
 *       doing nothing → user task) on its own fresh PostgreSQL database, and a one-row insert by plain JDBC;</li>
 *   <li><b>P3</b> an evaluation (save the scores, then submit) from 8 and 32 clients, on the assignments of one
 *       campaign of {@value #EVALUATED_FILES} files scored by two members each, beside the one-row insert;</li>
 *   <li><b>P8</b> a deadline burst: {@code -Dami.bench.burst} submissions (default 500, so that a run fits in a few
 *       minutes; the figure is 4,350) from 64 clients: errors, p50, p99.</li>
 * </ul>
 *
 * Each client is a thread of a fixed pool (Java 17: no virtual threads) sending one request at a time with the JDK's
 * HTTP client. Needs PostgreSQL and the packaged application ({@code target/quarkus-app}), as the {@code *IT} classes.
 */
public final class WritePathBenchmark {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final int BURST_CLIENTS = 64;
    private static final List<String> CANDIDATES = List.of("candidat1", "candidat2", "candidat3", "acheteur");
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    /** P3's files: two members each, so twice as many evaluations, 30 % of them from 8 clients, the rest from 32. */
    private static final int EVALUATED_FILES = 40;
    /** Long enough for P3's files to be made on a loaded machine; P1 runs while the campaign waits for its closing. */
    private static final Duration OPEN_FOR = Duration.ofSeconds(150);

    private WritePathBenchmark() {
    }

    /** One measured run: how many operations, how long the whole took, each operation's latency, the failures. */
    record Run(int operations, double seconds, long[] nanos, int errors) {

        double rate() {
            return operations / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** One operation of a client; it throws, or returns false, on a failure. */
    interface Operation {
        boolean run(int index) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int perClient = Integer.getInteger("ami.bench.per-client", 12);
        int burst = Integer.getInteger("ami.bench.burst", 500);
        String suffix = System.getenv().getOrDefault("AMI_IT_DATABASE_SUFFIX", "");
        List<String[]> rows = new ArrayList<>();
        Map<Integer, Run> camunda = new HashMap<>();
        Map<Integer, Run> insert = new HashMap<>();

        // the floors, on a database of their own on the same PostgreSQL server
        String floorDatabase = "ami_bench_floor" + suffix;
        recreate(floorDatabase);
        ProcessEngine engine = rawEngine(floorDatabase);
        try {
            for (int clients : CLIENTS) {
                int count = operations(clients, perClient);
                drive(Math.min(clients, 8), Math.min(count, 16), i -> start(engine, "warm-" + clients + "-" + i)); // warm-up
                camunda.put(clients, drive(clients, count, i -> start(engine, "c" + clients + "-" + i)));
            }
        } finally {
            engine.close();
        }
        try (Connection c = DriverManager.getConnection(PG + floorDatabase, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create table one_row (id bigserial primary key, reference varchar(40) not null, created_at timestamptz not null default now())");
        }
        for (int clients : CLIENTS) {
            insert.put(clients, inserts(floorDatabase, clients, operations(clients, perClient) * 4));
        }

        try (PackagedApplication application = PackagedApplication.prepare("bench-api", true)) {
            application.start("bench");
            String campaign = openCampaign(application);
            for (String candidate : CANDIDATES) {
                application.as(candidate).body(Map.of("siren", Scenario.freshSiren(), "legalName", "Organisation de " + candidate,
                        "kind", "COMPANY")).post("/api/me/organisation").then().statusCode(201);
            }
            Map<String, String> tokens = new HashMap<>();
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
            HttpClient http = PackagedApplication.http();
            // P3's campaign: its files are submitted and admissible now, it closes by its timer while P1 runs
            String evaluated = evaluationCampaign(application, EVALUATED_FILES);

            // warm-up: 64 submissions before the measures, so that the first row (one client) is not measured on a cold JVM
            submissions(application, http, tokens, drafts(application, campaign, 64), 8);
            for (int clients : CLIENTS) {
                int count = operations(clients, perClient);
                Run app = submissions(application, http, tokens, drafts(application, campaign, count), clients);
                Run raw = camunda.get(clients);
                Run row = insert.get(clients);
                String goal = clients == 8 ? "≥ 50 % du moteur brut" : "";
                rows.add(new String[] {"P1 soumission, " + clients + " client(s) (" + count + ")", rate(app),
                        "Camunda brut " + rate(raw), percent(app.rate() / raw.rate()), goal,
                        latencies(app) + " ; brut " + latencies(raw), String.valueOf(app.errors())});
                rows.add(new String[] {"", "", "insertion d'une ligne " + rate(row), percent(app.rate() / row.rate()), "",
                        latencies(row), ""});
            }

            // P3: saving then submitting an evaluation, from 8 then 32 clients, on the assignments of one campaign
            List<String[]> work = releasedWork(application, evaluated);
            int taken = 0;
            for (int clients : new int[] {8, 32}) {
                int count = clients == 8 ? work.size() * 3 / 10 : work.size() - work.size() * 3 / 10;
                List<String[]> slice = work.subList(taken, taken + count);
                taken += count;
                Map<String, String> memberTokens = new HashMap<>();
                Committee.MEMBERS.keySet().forEach(m -> memberTokens.put(m, application.token(m)));
                Run app = evaluations(application, http, memberTokens, slice, clients);
                Run row = insert.get(clients);
                rows.add(new String[] {"P3 évaluation (enregistrer + soumettre), " + clients + " cl. (" + count + ")", rate(app),
                        "insertion d'une ligne " + rate(row), percent(app.rate() / row.rate()), "(aucun fixé)", latencies(app),
                        String.valueOf(app.errors())});
            }

            // P8: the deadline burst
            List<String[]> burstDrafts = drafts(application, campaign, burst);
            tokens.clear();
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
            Run deadline = submissions(application, http, tokens, burstDrafts, BURST_CLIENTS);
            Run raw32 = camunda.get(32);
            rows.add(new String[] {"P8 rafale, " + BURST_CLIENTS + " clients (" + burst + ")", rate(deadline),
                    "Camunda brut (32) " + rate(raw32), percent(deadline.rate() / raw32.rate()),
                    "0 erreur, p99 ≤ 1 s : " + (deadline.errors() == 0 && deadline.percentileMs(99) <= 1000 ? "atteint" : "non atteint"),
                    latencies(deadline) + String.format(" ; durée %.0f s", deadline.seconds()), String.valueOf(deadline.errors())});
        }
        print(rows, perClient, burst);
    }

    private static int operations(int clients, int perClient) {
        return Math.max(40, clients * perClient);
    }

    // ---------------------------------------------------------------- the raw engine floor

    /** The service task of the raw engine's process: nothing, as a thin delegate that only passes on would. */
    public static final class NothingDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the floor measures the engine's own work
        }
    }

    private static ProcessEngine rawEngine(String database) {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(PG + database).setJdbcUsername("postgres").setJdbcPassword("").setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory("activity") // as the application (quarkus.camunda.generic-config.history)
                .setJobExecutorActivate(false)
                .setJdbcMaxActiveConnections(40)
                .setJdbcMaxIdleConnections(40)
                .setProcessEngineName("bench-floor");
        ProcessEngine engine = configuration.buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_Floor")
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .serviceTask("Task_Nothing").camundaClass(NothingDelegate.class.getName())
                .userTask("Task_Wait")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", model).deploy();
        return engine;
    }

    private static boolean start(ProcessEngine engine, String businessKey) {
        engine.getRuntimeService().startProcessInstanceByKey("Process_Floor", businessKey);
        return true;
    }

    // ---------------------------------------------------------------- the one-row insert floor

    private static Run inserts(String database, int clients, int count) throws Exception {
        Queue<Connection> connections = new ConcurrentLinkedQueue<>();
        ThreadLocal<Connection> mine = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(PG + database, "postgres", "");
                connections.add(c);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            drive(clients, clients * 8, i -> insert(mine.get(), "warm-" + i));
            return drive(clients, count, i -> insert(mine.get(), "row-" + clients + "-" + i));
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static boolean insert(Connection connection, String reference) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into one_row (reference) values (?)")) {
            insert.setString(1, reference);
            return insert.executeUpdate() == 1;
        }
    }

    // ---------------------------------------------------------------- the application

    /** A campaign created open a minute ago: its opening timer fires on the job executor; it closes in a day. */
    private static String openCampaign(PackagedApplication application) {
        String code = "BANC-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        application.as("admin").body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1))))
                .post("/api/campaigns").then().statusCode(201);
        PackagedApplication.await(Duration.ofMinutes(1), "l'ouverture de la campagne", () -> "OPEN".equals(
                application.as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state")));
        return code;
    }

    /**
     * A campaign open a minute ago and closing {@link #OPEN_FOR} after its creation, with {@code files} submitted and
     * admissible files (four candidates, four clients). It is not waited for: {@link #releasedWork} does.
     */
    private static String evaluationCampaign(PackagedApplication application, int files) throws Exception {
        String code = "EVAL-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        application.as("admin").body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(OPEN_FOR)))
                .post("/api/campaigns").then().statusCode(201);
        PackagedApplication.await(Duration.ofMinutes(1), "l'ouverture de la campagne", () -> "OPEN".equals(state(application, code)));
        for (String[] draft : drafts(application, code, files)) {
            application.as(draft[0]).post("/api/candidatures/" + draft[1] + "/submit").then().statusCode(200);
            application.as("admin").body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + draft[1] + "/admissibility")
                    .then().statusCode(200);
        }
        return code;
    }

    /**
     * Waits for the campaign's closing, starts its evaluation, invites the realm's members (no declared link), proposes
     * and releases the assignment, and waits until every member lists their files.
     *
     * @return each assignment as {member, id}, file by file
     */
    private static List<String[]> releasedWork(PackagedApplication application, String code) {
        PackagedApplication.await(OPEN_FOR.plusMinutes(2), "la clôture de la campagne", () -> "CLOSED".equals(state(application, code)));
        application.as("admin").post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
        PackagedApplication.await(Duration.ofMinutes(1), "le lancement de l'évaluation", () -> "EVALUATION".equals(state(application, code)));
        for (String member : Committee.MEMBERS.keySet()) {
            application.as("admin").body(Map.of("email", Committee.MEMBERS.get(member), "firstName", "Prénom", "lastName", "Nom",
                            "administration", "Ministère de " + member, "families", List.of(Scenario.FAMILY)))
                    .post("/api/campaigns/" + code + "/evaluators").then().statusCode(201);
            application.as(member).body(Map.of("links", List.of(), "complete", true)).post("/api/me/committees/" + code + "/declaration")
                    .then().statusCode(200);
        }
        application.as("admin").post("/api/campaigns/" + code + "/assignments/auto").then().statusCode(200);
        application.as("admin").body(Map.of("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()))
                .post("/api/campaigns/" + code + "/assignments/release").then().statusCode(202);
        String tasks = "select count(*) from act_ru_task where task_def_key_ = 'Task_ScoreCandidature'";
        PackagedApplication.await(Duration.ofMinutes(2), "la publication de l'affectation",
                () -> Committee.MEMBERS.keySet().stream().mapToInt(m -> assignments(application, m, code).size()).sum() == 2 * EVALUATED_FILES
                        && application.count(tasks) == 2 * EVALUATED_FILES);
        List<String[]> work = new ArrayList<>();
        for (String member : Committee.MEMBERS.keySet()) {
            for (Map<String, Object> assignment : assignments(application, member, code)) {
                work.add(new String[] {member, String.valueOf(((Number) assignment.get("id")).longValue()),
                        (String) assignment.get("reference")});
            }
        }
        work.sort(java.util.Comparator.comparing((String[] w) -> w[2]).thenComparing(w -> w[0]));
        return work;
    }

    private static List<Map<String, Object>> assignments(PackagedApplication application, String member, String code) {
        List<Map<String, Object>> all = application.as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
        return all.stream().filter(a -> code.equals(a.get("campaignCode"))).toList();
    }

    private static String state(PackagedApplication application, String code) {
        return application.as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state");
    }

    /** Each operation: the member saves the same score on every criterion (no disagreement), then submits. */
    private static Run evaluations(PackagedApplication application, HttpClient http, Map<String, String> tokens,
                                   List<String[]> work, int clients) throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Committee.scores(3.0));
        return drive(clients, work.size(), i -> {
            String[] w = work.get(i);
            String evaluation = application.url("/api/assignments/" + w[1] + "/evaluation");
            HttpRequest save = HttpRequest.newBuilder(URI.create(evaluation)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(w[0])).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> saved = http.send(save, HttpResponse.BodyHandlers.ofString());
            if (saved.statusCode() != 200) {
                System.err.println("évaluation " + w[1] + " : " + saved.statusCode() + " " + saved.body());
                return false;
            }
            HttpRequest submit = HttpRequest.newBuilder(URI.create(evaluation + "/submit")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(w[0])).POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> submitted = http.send(submit, HttpResponse.BodyHandlers.ofString());
            if (submitted.statusCode() != 200) {
                System.err.println("soumission de l'évaluation " + w[1] + " : " + submitted.statusCode() + " " + submitted.body());
                return false;
            }
            return true;
        });
    }

    /** Complete drafts with their PDF, spread over the four candidates, made by four clients (not measured). */
    private static List<String[]> drafts(PackagedApplication application, String campaign, int count) throws Exception {
        byte[] pdf = Pdfs.valid(1);
        List<String[]> drafts = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES.size());
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(pool.submit(() -> {
                    int n = sequence.incrementAndGet();
                    String candidate = CANDIDATES.get(n % CANDIDATES.size());
                    Map<String, Object> form = new HashMap<>(Scenario.completeForm());
                    form.put("solutionName", "Solution " + n);
                    String reference = application.as(candidate).body(form).post("/api/campaigns/" + campaign + "/candidatures")
                            .then().statusCode(201).extract().path("reference");
                    application.upload(candidate).multiPart("file", "presentation.pdf", pdf, "application/pdf")
                            .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
                    drafts.add(new String[] {candidate, reference});
                }));
            }
            for (Future<?> draft : made) {
                draft.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(drafts);
    }

    private static Run submissions(PackagedApplication application, HttpClient http, Map<String, String> tokens,
                                   List<String[]> drafts, int clients) throws Exception {
        return drive(clients, drafts.size(), i -> {
            String[] draft = drafts.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(application.url("/api/candidatures/" + draft[1] + "/submit")))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(draft[0]))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                System.err.println("soumission " + draft[1] + " : " + answer.statusCode() + " " + answer.body());
                return false;
            }
            return true;
        });
    }

    // ---------------------------------------------------------------- driving and printing

    /** {@code clients} threads taking the indexes 0 … count-1 from one counter, one operation at a time each. */
    static Run drive(int clients, int count, Operation operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            long began = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = operation.run(i);
                        } catch (Exception e) {
                            System.err.println("échec : " + e);
                            ok = false;
                        }
                        nanos[i] = System.nanoTime() - t;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
            return new Run(count, (System.nanoTime() - began) / 1e9, nanos, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void recreate(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
    }

    private static String rate(Run run) {
        return String.format("%.1f/s", run.rate());
    }

    private static String latencies(Run run) {
        return String.format("p50 %.1f ms, p99 %.1f ms", run.percentileMs(50), run.percentileMs(99));
    }

    private static String percent(double ratio) {
        return String.format("%.1f %%", 100 * ratio);
    }

    private static void print(List<String[]> rows, int perClient, int burst) {
        StringBuilder table = new StringBuilder(String.format("%n%-50s %10s %-30s %8s %-32s %-42s %7s%n", "mesure", "débit",
                "plancher (même passe)", "rapport", "objectif", "latences", "erreurs"));
        for (String[] row : rows) {
            table.append(String.format("%-50s %10s %-30s %8s %-32s %-42s %7s%n", (Object[]) row));
        }
        table.append(String.format("(-Dami.bench.per-client=%d opérations par client, au moins 40 ; -Dami.bench.burst=%d)%n",
                perClient, burst));
        System.out.println(table);
    }
}
