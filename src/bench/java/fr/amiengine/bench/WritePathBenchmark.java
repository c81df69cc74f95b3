package fr.amiengine.bench;

import static fr.amiengine.bench.Load.drive;

import fr.amiengine.bench.Load.Run;
import fr.amiengine.support.Committee;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * The packaged application on PostgreSQL, each figure beside its floor measured in the same run:
 * {@code ./mvnw -Pbench-api} (issue #13, item 1). Prints a table (figure, floor, ratio, goal); asserts nothing.
 *
 * <ul>
 *   <li><b>P1</b> submission ({@code POST /api/candidatures/{ref}/submit} of a complete draft with its PDF) from 1, 8
 *       and 32 clients, beside two floors: a standalone Camunda engine running the same shape (start → service task
 *       doing nothing → user task) on its own fresh PostgreSQL database, and a one-row insert by plain JDBC;</li>
 *   <li><b>P2</b> a file's whole lifecycle, from the draft to the published panorama, per file, on a campaign of
 *       {@code -Dami.bench.lifecycle} files (default 20), beside the raw engine with as many wait states
 *       ({@link FileLifecycle});</li>
 *   <li><b>P3</b> an evaluation (save the scores, then submit) from 8 and 32 clients, on the assignments of one
 *       campaign of {@value #EVALUATED_FILES} files scored by two members each, beside the one-row insert;</li>
 *   <li><b>P4</b> the public panorama of P2's campaign (JSON, CSV, page) and one candidature read with a bearer token,
 *       for a fixed time from 32 clients, beside a static file of the same application ({@link #PLAIN});</li>
 *   <li><b>P8</b> a deadline burst: {@code -Dami.bench.burst} submissions (default 500, so that a run fits in a few
 *       minutes; the figure is 4,350) from 64 clients: errors, p50, p99;</li>
 *   <li><b>P9</b> time to ready and resident memory at {@code -Xmx512m} (the whole run uses that heap), beside a
 *       plain Quarkus application built in the run ({@link PlainApplication}).</li>
 * </ul>
 *
 * Each client is a thread of a fixed pool ({@link Load}) sending one request at a time with the JDK's HTTP client.
 * Needs PostgreSQL and the packaged application ({@code target/quarkus-app}), as the {@code *IT} classes.
 */
public final class WritePathBenchmark {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final int BURST_CLIENTS = 64;
    private static final List<String> CANDIDATES = List.of("candidat1", "candidat2", "candidat3", "acheteur");
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Path PROJECT = Path.of(System.getProperty("ami.project.dir", ".")).toAbsolutePath();
    /** P3's files: two members each, so twice as many evaluations, 30 % of them from 8 clients, the rest from 32. */
    private static final int EVALUATED_FILES = 40;
    /** Long enough for P3's files to be made on a loaded machine; P1 runs while the campaign waits for its closing. */
    private static final Duration OPEN_FOR = Duration.ofSeconds(150);

    private WritePathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = Integer.getInteger("ami.bench.per-client", 12);
        int burst = Integer.getInteger("ami.bench.burst", 500);
        int lifecycleFiles = Integer.getInteger("ami.bench.lifecycle", 20);
        String heap = System.getProperty("ami.bench.heap", "512m");
        Duration readFor = Duration.ofSeconds(Integer.getInteger("ami.bench.read-seconds", 10));
        String suffix = System.getenv().getOrDefault("AMI_IT_DATABASE_SUFFIX", "");
        // in one Maven run, Quarkus' build initialises DriverManager earlier from another class loader, which does not
        // see this one's drivers: loading PostgreSQL's registers it (its static initialiser) for the benchmark's class loader
        Class.forName("org.postgresql.Driver");
        List<String> jvm = List.of("-Xmx" + heap);
        List<String[]> rows = new ArrayList<>();
        Map<Integer, Run> camunda = new HashMap<>();
        Map<Integer, Run> insert = new HashMap<>();

        // P9's yardstick is built first, before anything is measured (a Maven build takes the machine's two cores)
        System.out.println("[banc] construction de l'application Quarkus simple (target/bench-plain-app)");
        PlainApplication plain = PlainApplication.build(PROJECT, System.getProperty("ami.quarkus.version", "3.27.2"));

        // the floors, on a database of their own on the same PostgreSQL server
        System.out.println("[banc] planchers : moteur Camunda brut, insertion d'une ligne");
        String floorDatabase = "ami_bench_floor" + suffix;
        recreate(floorDatabase);
        ProcessEngine engine = rawEngine(floorDatabase);
        FileLifecycle.Result floorLifecycle;
        try {
            for (int clients : CLIENTS) {
                int count = operations(clients, perClient);
                drive(Math.min(clients, 8), Math.min(count, 16), i -> start(engine, "warm-" + clients + "-" + i)); // warm-up
                camunda.put(clients, drive(clients, count, i -> start(engine, "c" + clients + "-" + i)));
            }
            FileLifecycle.floor(engine, 10, "warm-file-");
            floorLifecycle = FileLifecycle.floor(engine, lifecycleFiles, "file-");
        } finally {
            engine.close();
        }
        try (Connection c = DriverManager.getConnection(PG + floorDatabase, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create table one_row (id bigserial primary key, reference varchar(40) not null, created_at timestamptz not null default now())");
        }
        for (int clients : CLIENTS) {
            insert.put(clients, inserts(floorDatabase, clients, operations(clients, perClient) * 4));
        }

        // P9's plain application: two starts (the first after its build, the second as a restart), then a load
        System.out.println("[banc] P9 : application Quarkus simple à -Xmx" + heap);
        double[] plainReady = new double[2];
        double plainRssReady;
        double plainRssLoaded;
        Run plainLoad;
        HttpClient http = PackagedApplication.http();
        try (plain) {
            for (int start = 0; start < 2; start++) {
                plain.stop();
                long t = System.nanoTime();
                plain.start("p9-" + start, jvm);
                plainReady[start] = (System.nanoTime() - t) / 1e9;
            }
            plainRssReady = PlainApplication.rssMiB(plain.pid());
            plainLoad = Load.driveFor(READ_CLIENTS, READ_WARM_UP, readFor, i -> get(http, plain.url(PlainApplication.PATH), null));
            plainRssLoaded = PlainApplication.rssMiB(plain.pid());
        }

        try (PackagedApplication application = PackagedApplication.prepare("bench-api", true)) {
            System.out.println("[banc] démarrage de l'application à -Xmx" + heap);
            long began = System.nanoTime();
            application.start("bench", jvm, Map.of());
            double firstReady = (System.nanoTime() - began) / 1e9;
            double rssReady = PlainApplication.rssMiB(application.pid());
            String campaign = openCampaign(application);
            for (String candidate : CANDIDATES) {
                application.as(candidate).body(Map.of("siren", Scenario.freshSiren(), "legalName", "Organisation de " + candidate,
                        "kind", "COMPANY")).post("/api/me/organisation").then().statusCode(201);
            }
            Map<String, String> tokens = new HashMap<>();
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
            // P3's campaign: its files are submitted and admissible now, it closes by its timer while P1 runs
            String evaluated = evaluationCampaign(application, EVALUATED_FILES);

            // warm-up: 64 submissions before the measures, so that the first row (one client) is not measured on a cold JVM
            submissions(application, http, tokens, drafts(application, campaign, 64), 8);

            // P2, first half: a campaign of its own up to its admissible files; it closes by its timer while P1 runs
            System.out.println("[banc] P2 : cycle de vie de " + lifecycleFiles + " dossiers, jusqu'à la recevabilité");
            Duration window = OPEN_FOR.compareTo(Duration.ofSeconds(3L * lifecycleFiles)) > 0 ? OPEN_FOR : Duration.ofSeconds(3L * lifecycleFiles);
            FileLifecycle lifecycle = FileLifecycle.begin(application, lifecycleFiles, window);

            System.out.println("[banc] P1 : soumissions");
            tokens.clear();
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
            for (int clients : CLIENTS) {
                int count = operations(clients, perClient);
                Run app = submissions(application, http, tokens, drafts(application, campaign, count), clients);
                Run raw = camunda.get(clients);
                Run row = insert.get(clients);
                String goal = clients == 8 ? "≥ 50 % du moteur brut : " + met(app.rate() >= 0.5 * raw.rate()) : "";
                rows.add(new String[] {"P1 soumission, " + clients + " client(s) (" + count + ")", rate(app),
                        "Camunda brut " + rate(raw), percent(app.rate() / raw.rate()), goal,
                        latencies(app) + " ; brut " + latencies(raw), String.valueOf(app.errors())});
                rows.add(new String[] {"", "", "insertion d'une ligne " + rate(row), percent(app.rate() / row.rate()), "",
                        latencies(row), ""});
            }

            // P3: saving then submitting an evaluation, from 8 then 32 clients, on the assignments of one campaign
            System.out.println("[banc] P3 : évaluations");
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

            // P2, second half: from the closing to the published panorama
            System.out.println("[banc] P2 : de la clôture à la publication");
            FileLifecycle.Result cycle = lifecycle.finish(window.plusMinutes(2));
            rows.add(new String[] {"P2 cycle de vie d'un dossier (" + cycle.files() + " dossiers, 1 client)",
                    String.format("%,.0f ms/dossier", cycle.perFileMs()),
                    String.format("Camunda brut, %d attentes : %,.1f ms/dossier", FileLifecycle.WAIT_STATES, floorLifecycle.perFileMs()),
                    percent(floorLifecycle.perFileMs() / cycle.perFileMs()), "(aucun fixé)",
                    String.format("%,.1f s en tout, hors attente de la clôture", cycle.seconds()), String.valueOf(cycle.errors())});

            // P4: the panorama of P2's campaign and one candidature read, beside a static file of the same application
            System.out.println("[banc] P4 : lectures");
            String code = cycle.code();
            String bearer = application.token(FileLifecycle.CANDIDATE);
            List<String> references = cycle.references();
            Run simple = read(http, application.url(PLAIN), null, readFor);
            rows.add(new String[] {"P4 point simple : " + PLAIN + " (" + size(http, application.url(PLAIN)) + ")",
                    rate(simple), "", "", "", latencies(simple), String.valueOf(simple.errors())});
            String[][] reads = {
                    {"P4 panorama JSON", "/api/public/campaigns/" + code + "/panorama", ""},
                    {"P4 panorama CSV", "/api/public/campaigns/" + code + "/panorama.csv", ""},
                    {"P4 page du panorama", "/panorama/" + code, "page"},
            };
            int solutions = application.as("admin").get("/api/public/campaigns/" + code + "/panorama").then().statusCode(200)
                    .extract().path("solutions.size()");
            for (String[] target : reads) {
                Run run = read(http, application.url(target[1]), null, readFor);
                String goal = target[2].isEmpty() ? "" : "≥ 25 % et p99 ≤ 3 × " + String.format("%.1f ms", simple.percentileMs(99))
                        + " : " + met(run.rate() >= 0.25 * simple.rate() && run.percentileMs(99) <= 3 * simple.percentileMs(99));
                rows.add(new String[] {target[0] + " (" + solutions + " solutions, " + size(http, application.url(target[1])) + ")",
                        rate(run), "point simple " + rate(simple), percent(run.rate() / simple.rate()), goal, latencies(run),
                        String.valueOf(run.errors())});
            }
            // -Dami.bench.jfr=FILE records the application's JFR profile of these reads alone (where a read waits or computes)
            String profile = System.getProperty("ami.bench.jfr", "");
            if (!profile.isBlank()) {
                jcmd(application.pid(), "JFR.start", "name=lecture", "settings=profile", "filename=" + Path.of(profile).toAbsolutePath());
            }
            Run reading = Load.driveFor(READ_CLIENTS, READ_WARM_UP, readFor, i -> get(http,
                    application.url("/api/candidatures/" + references.get(i % references.size())), bearer));
            if (!profile.isBlank()) {
                jcmd(application.pid(), "JFR.stop", "name=lecture");
            }
            rows.add(new String[] {"P4 lecture d'une candidature (jeton porteur)", rate(reading), "point simple " + rate(simple),
                    percent(reading.rate() / simple.rate()), "≥ 25 % : " + met(reading.rate() >= 0.25 * simple.rate()),
                    latencies(reading), String.valueOf(reading.errors())});

            // P8: the deadline burst
            System.out.println("[banc] P8 : rafale de " + burst + " soumissions");
            List<String[]> burstDrafts = drafts(application, campaign, burst);
            tokens.clear();
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
            Run deadline = submissions(application, http, tokens, burstDrafts, BURST_CLIENTS);
            Run raw32 = camunda.get(32);
            rows.add(new String[] {"P8 rafale, " + BURST_CLIENTS + " clients (" + burst + ")", rate(deadline),
                    "Camunda brut (32) " + rate(raw32), percent(deadline.rate() / raw32.rate()),
                    "0 erreur, p99 ≤ 1 s : " + met(deadline.errors() == 0 && deadline.percentileMs(99) <= 1000),
                    latencies(deadline) + String.format(" ; durée %.0f s", deadline.seconds()), String.valueOf(deadline.errors())});

            // P9: the memory after all this load, then a restart on the same database
            double rssLoaded = PlainApplication.rssMiB(application.pid());
            System.out.println("[banc] P9 : redémarrage de l'application");
            application.stop();
            began = System.nanoTime();
            application.start("bench-restart", jvm, Map.of());
            double restartReady = (System.nanoTime() - began) / 1e9;
            double rssRestarted = PlainApplication.rssMiB(application.pid());
            rows.add(new String[] {"P9 prête en (1er démarrage, base vide ; redémarrage)",
                    String.format("%.1f s ; %.1f s", firstReady, restartReady),
                    String.format("Quarkus simple %.1f s ; %.1f s", plainReady[0], plainReady[1]),
                    String.format("× %.1f", restartReady / plainReady[1]), "(aucun fixé)",
                    "du lancement de java au premier 200 de /q/health/ready (simple : de " + PlainApplication.PATH + ")", ""});
            rows.add(new String[] {"P9 RSS à -Xmx" + heap + " (prête ; après la charge ; redémarrée)",
                    String.format("%.0f ; %.0f ; %.0f Mio", rssReady, rssLoaded, rssRestarted),
                    String.format("Quarkus simple %.0f ; %.0f Mio", plainRssReady, plainRssLoaded),
                    String.format("× %.1f", rssLoaded / plainRssLoaded), "(aucun fixé)",
                    String.format("charge du simple : %d clients %d s sur %s, %s", READ_CLIENTS, readFor.toSeconds(),
                            PlainApplication.PATH, rate(plainLoad)), String.valueOf(plainLoad.errors())});
            print(rows, perClient, burst, cycle, floorLifecycle);
        }
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).inheritIO().start();
        if (jcmd.waitFor() != 0) {
            System.out.println("[banc] jcmd " + String.join(" ", command) + " a échoué");
        }
    }

    /** The fixed-time reads of P4 and P9: 32 clients (as wrk -c32 in -Pbench-panorama), 5 s of warm-up. */
    private static final int READ_CLIENTS = 32;
    private static final Duration READ_WARM_UP = Duration.ofSeconds(5);
    /**
     * P4's plain endpoint: the packaged application has none of its own (the test application's /bench/plain is not in
     * it), so a small static file of the same application, served on the same port by the same HTTP server, through the
     * same security-header filters, without JAX-RS or the database.
     */
    private static final String PLAIN = "/static/favicon.svg";

    private static Run read(HttpClient http, String url, String bearer, Duration readFor) throws Exception {
        return Load.driveFor(READ_CLIENTS, READ_WARM_UP, readFor, i -> get(http, url, bearer));
    }

    private static boolean get(HttpClient http, String url, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 200;
    }

    private static String size(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return String.format("%.1f Ko", answer.body().length / 1024.0);
    }

    private static String met(boolean met) {
        return met ? "**atteint**" : "**non atteint**";
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
        engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", model)
                .addModelInstance("floor-file.bpmn", FileLifecycle.floorModel()).deploy();
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
        PackagedApplication.await(Duration.ofMinutes(3), "l'ouverture de la campagne", () -> "OPEN".equals(
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
        PackagedApplication.await(Duration.ofMinutes(3), "l'ouverture de la campagne", () -> "OPEN".equals(state(application, code)));
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
        PackagedApplication.await(Duration.ofMinutes(5), "le lancement de l'évaluation", () -> "EVALUATION".equals(state(application, code)));
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
        PackagedApplication.await(Duration.ofMinutes(5), "la publication de l'affectation",
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
        // P1's receipts are sent by the job executor after their answers: P3 is measured once they all have left
        awaitQuiet(application);
        return work;
    }

    /** Waits (not timed) until the job executor has no asynchronous step left to run, such as the receipts. */
    static void awaitQuiet(PackagedApplication application) {
        PackagedApplication.await(Duration.ofMinutes(10), "la file de l'exécuteur de tâches vide", () -> application.count(
                "select count(*) from act_ru_job where handler_type_ = 'async-continuation' and retries_ > 0") == 0);
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

    /** The table in Markdown (as docs/performance.md shows it), then P2's stages beside the floor's. */
    private static void print(List<String[]> rows, int perClient, int burst, FileLifecycle.Result cycle,
                              FileLifecycle.Result floor) {
        StringBuilder table = new StringBuilder(String.format("%n| mesure | débit ou durée | plancher (même passe) | rapport"
                + " | objectif (issue #13) | latences | erreurs |%n|---|---:|---|---:|---|---|---:|%n"));
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        table.append(String.format("%n(-Dami.bench.per-client=%d opérations par client, au moins 40 ; -Dami.bench.burst=%d ;"
                + " -Dami.bench.lifecycle=%d dossiers)%n", perClient, burst, cycle.files()));
        table.append(String.format("%n| P2, étape (%d dossiers, 1 client) | durée (s) | par dossier (ms) |%n|---|---:|---:|%n",
                cycle.files()));
        cycle.stages().forEach((stage, seconds) -> table.append(String.format("| %s | %.2f | %,.1f |%n", stage, seconds,
                1000 * seconds / cycle.files())));
        table.append(String.format("| **en tout** | %.2f | %,.1f |%n", cycle.seconds(), cycle.perFileMs()));
        table.append(String.format("| plancher : Camunda brut, démarrage puis %d tâches (%d instances) | %.2f | %,.1f |%n",
                FileLifecycle.WAIT_STATES, floor.files(), floor.seconds(), floor.perFileMs()));
        System.out.println(table);
    }
}
