package fr.amiengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.support.Committee;
import fr.amiengine.support.KillSwitch;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is lost" while a committee scores: the packaged application, on PostgreSQL, is killed with SIGKILL in the
 * middle of a burst of evaluation saves and submissions (one client per assignment, {@value #FILES} files scored by two
 * members each), then started again on the same database. A 200 is a promise: every save acknowledged is found with
 * its scores, every submission acknowledged is {@code SUBMITTED}, each file whose two evaluations are submitted is
 * consolidated exactly once (one row, one run of {@code Task_ConsolidateEvaluations}), the engine is left without
 * incident or exhausted job, and the members whose answer was lost can finish their work after the restart.
 *
 * <p>The two members of a file stay within half a point of each other, so no disagreement calls a third one. The
 * moment of the kill is drawn from a seeded {@link KillSwitch} (printed; {@code -Dami.crash.seed=N} replays it). Needs
 * PostgreSQL like the other packaged tests (see {@link PackagedApplication}).
 */
class EvaluationCrashIT {

    private static final int FILES = 20;
    private static final int PER_FILE = 2;
    private static final List<String> CANDIDATES = List.of("candidat1", "candidat2", "candidat3", "acheteur");
    private static final List<String> MEMBERS = List.copyOf(Committee.MEMBERS.keySet());
    private static final List<String> CRITERIA = List.of("IMPACT", "MATURITY", "INTEGRABILITY", "COMPLIANCE");
    /**
     * Long enough for the set-up of the files (four clients, four requests a file) before the closing timer fires, on a
     * busy machine too: 45 s ran out after 16 of the 20 files with the two cores loaded (the 17th draft answered 409,
     * the campaign closed).
     */
    private static final Duration OPEN_FOR = Duration.ofSeconds(90);
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    /**
     * Members at work at the same moment, taking the assignments file by file. All forty at once would send every save
     * before any submission, and the kill (within the first 40 % of the answers) would always fall among the saves;
     * eight at a time (four files) mix saves, submissions and consolidations.
     */
    private static final int AT_ONCE = 8;
    private static final String SCORE_TASKS = "select count(*) from act_ru_task where task_def_key_ = 'Task_ScoreCandidature'";
    private static final String FILES_FULLY_SUBMITTED = "select c.reference from candidature c join assignment a on a.candidature_id = c.id"
            + " join evaluation e on e.assignment_id = a.id where e.state = 'SUBMITTED' group by c.reference having count(*) = " + PER_FILE;
    private static final String CONSOLIDATED = "select c.reference from consolidation k join candidature c on c.id = k.candidature_id";
    /** Files consolidated more than once by the engine (activity history, kept at the {@code activity} level). */
    private static final String CONSOLIDATED_TWICE = "select p.business_key_ from act_hi_actinst i join act_hi_procinst p"
            + " on p.id_ = i.proc_inst_id_ where i.act_id_ = 'Task_ConsolidateEvaluations' and i.end_time_ is not null"
            + " group by p.business_key_ having count(*) > 1";
    private static final String CONSOLIDATION_RUNS = "select count(*) from act_hi_actinst where act_id_ = 'Task_ConsolidateEvaluations'"
            + " and end_time_ is not null";
    private static final String ASYNC_JOBS = "select count(*) from act_ru_job where handler_type_ = 'async-continuation'";

    /** An assignment as its member lists it, and the score it gives on every criterion. */
    private record Work(long id, String member, String reference, double score) {
    }

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws IOException {
        application = PackagedApplication.prepare("evaluation-crash", true);
        application.start("premier");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void everyEvaluationAnswered200SurvivesASigkillAndEachFileIsConsolidatedOnce() throws Exception {
        // given a campaign in evaluation whose 20 files are each given to two of the four members, released
        String code = campaignInEvaluation();
        List<Work> work = releasedWork(code);
        int requests = 2 * work.size();
        KillSwitch kill = KillSwitch.between(requests / 10, requests * 4 / 10);
        System.out.printf("EvaluationCrashIT\u00a0: graine %d, %d affectations, SIGKILL après %d réponses 200 sur %d requêtes%n",
                kill.seed(), work.size(), kill.after(), requests);

        // when one client per assignment saves its scores then submits, and the application is killed after the kill.after()-th 200
        Burst burst = new Burst(work, kill);
        burst.start();
        long pid = kill.pullWhenReached(application, Duration.ofMinutes(3));
        Instant killedAt = Instant.now();
        burst.finish();
        System.out.printf("EvaluationCrashIT\u00a0: processus %d tué\u00a0; %d enregistrements et %d soumissions acquittés (200),"
                        + " %d requêtes sans réponse, %d autres réponses%n", pid, burst.saved.size(), burst.submitted.size(),
                burst.unanswered.get(), burst.otherAnswers.size());
        assertThat(burst.otherAnswers).as("réponses autres que 200 avant l’arrêt brutal").isEmpty();

        application.start("apres-crash");
        Instant readyAt = Instant.now();
        try {
            PackagedApplication.await(CATCH_UP, "chaque dossier aux deux évaluations soumises consolidé, plus aucun travail en attente",
                    () -> application.count(ASYNC_JOBS) == 0 && consolidatedMatchesSubmitted());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (" + CATCH_UP.toSeconds() + " s après la reprise\u00a0: "
                    + application.count(ASYNC_JOBS) + " travaux en attente, " + application.count(CONSOLIDATION_RUNS)
                    + " consolidations)", e);
        }
        Instant caughtUpAt = Instant.now();

        // then every acknowledged save is there with its scores, every acknowledged submission is submitted
        Map<Long, Map<String, Object>> after = new HashMap<>();
        for (Work w : work) {
            after.put(w.id(), application.as(w.member()).get("/api/assignments/" + w.id() + "/evaluation").then().statusCode(200)
                    .extract().path("$"));
        }
        List<Work> found = burst.saved.stream().filter(w -> hasScores(after.get(w.id()), w.score())).toList();
        Set<String> fullySubmitted = application.strings(FILES_FULLY_SUBMITTED);
        Set<String> consolidated = application.strings(CONSOLIDATED);
        System.out.printf("EvaluationCrashIT\u00a0: avant l’arrêt %d enregistrements et %d soumissions acquittés\u00a0; après la reprise"
                        + " %d enregistrements retrouvés avec leurs notes, %d soumissions retrouvées, %d dossiers consolidés"
                        + " (%d passages de la consolidation)\u00a0; moteur à jour %d s après la reprise (%d s après l’arrêt brutal)%n",
                burst.saved.size(), burst.submitted.size(), found.size(),
                burst.submitted.stream().filter(w -> "SUBMITTED".equals(after.get(w.id()).get("state"))).count(),
                consolidated.size(), application.count(CONSOLIDATION_RUNS),
                Duration.between(readyAt, caughtUpAt).toSeconds(), Duration.between(killedAt, caughtUpAt).toSeconds());

        assertThat(found).as("enregistrements acquittés (200) retrouvés avec leurs notes").containsExactlyInAnyOrderElementsOf(burst.saved);
        assertThat(burst.submitted).as("soumissions acquittées (200) retrouvées soumises")
                .allSatisfy(w -> assertThat(after.get(w.id()).get("state")).as(w.toString()).isEqualTo("SUBMITTED"));
        assertThat(consolidated).as("dossiers consolidés\u00a0: ceux dont les deux évaluations sont soumises").isEqualTo(fullySubmitted);
        assertThat(application.strings(CONSOLIDATED_TWICE)).as("dossiers consolidés plus d’une fois").isEmpty();
        assertThat(application.count(CONSOLIDATION_RUNS)).as("passages de la consolidation").isEqualTo(consolidated.size());
        assertEngineClean();

        // and the members left without an answer finish their work: nothing is stuck
        int resumed = 0;
        for (Work w : work) {
            if (!"SUBMITTED".equals(after.get(w.id()).get("state"))) {
                application.as(w.member()).body(scores(w.score())).put("/api/assignments/" + w.id() + "/evaluation").then().statusCode(200);
                application.as(w.member()).post("/api/assignments/" + w.id() + "/evaluation/submit").then().statusCode(200);
                resumed++;
            }
        }
        System.out.printf("EvaluationCrashIT\u00a0: %d évaluations terminées après la reprise%n", resumed);
        assertThat(application.strings(FILES_FULLY_SUBMITTED)).as("dossiers aux deux évaluations soumises").hasSize(FILES);
        assertThat(application.strings(CONSOLIDATED)).as("dossiers consolidés").hasSize(FILES);
        assertThat(application.strings(CONSOLIDATED_TWICE)).as("dossiers consolidés plus d’une fois").isEmpty();
        assertThat(application.count(CONSOLIDATION_RUNS)).as("passages de la consolidation").isEqualTo(FILES);
        assertEngineClean();
    }

    private static void assertEngineClean() {
        assertThat(application.count("select count(*) from act_ru_incident")).as("incidents du moteur").isZero();
        assertThat(application.count("select count(*) from act_ru_job where retries_ = 0")).as("travaux sans nouvel essai").isZero();
    }

    private static boolean consolidatedMatchesSubmitted() {
        try {
            return application.strings(CONSOLIDATED).equals(application.strings(FILES_FULLY_SUBMITTED));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A campaign opened a minute ago and closing {@link #OPEN_FOR} after its creation, {@value #FILES} admissible files
     * (submitted by four candidates of their own organisations, four clients at once), closed by its timer on the
     * job executor, then in evaluation.
     */
    private static String campaignInEvaluation() throws Exception {
        String code = "EVAL-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        application.as("admin").body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(OPEN_FOR)))
                .post("/api/campaigns").then().statusCode(201);
        PackagedApplication.await(Duration.ofMinutes(1), "l’ouverture de la campagne", () -> "OPEN".equals(state(code)));
        for (String candidate : CANDIDATES) {
            application.as(candidate).body(Map.of("siren", Scenario.freshSiren(), "legalName", "Organisation de " + candidate,
                    "kind", "COMPANY")).post("/api/me/organisation").then().statusCode(201);
        }
        byte[] pdf = Pdfs.valid(1);
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES.size());
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int n = i;
                made.add(pool.submit(() -> {
                    String candidate = CANDIDATES.get(n % CANDIDATES.size());
                    Map<String, Object> form = new HashMap<>(Scenario.completeForm());
                    form.put("solutionName", "Solution " + n);
                    String reference = application.as(candidate).body(form).post("/api/campaigns/" + code + "/candidatures")
                            .then().statusCode(201).extract().path("reference");
                    application.upload(candidate).multiPart("file", "presentation.pdf", pdf, "application/pdf")
                            .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
                    application.as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
                    application.as("admin").body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                            .then().statusCode(200);
                }));
            }
            for (Future<?> file : made) {
                file.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        PackagedApplication.await(OPEN_FOR.plusMinutes(1), "la clôture de la campagne", () -> "CLOSED".equals(state(code)));
        application.as("admin").post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
        PackagedApplication.await(Duration.ofMinutes(1), "le lancement de l’évaluation", () -> "EVALUATION".equals(state(code)));
        return code;
    }

    /**
     * The four demo members invited and declaring no link, the assignment proposed and released; waits until every
     * member lists their files and the engine holds a scoring task for each.
     *
     * @return each assignment with its member and the score it will give
     */
    private static List<Work> releasedWork(String code) {
        for (String member : MEMBERS) {
            application.as("admin").body(Map.of("email", Committee.MEMBERS.get(member), "firstName", "Prénom", "lastName", "Nom",
                            "administration", "Ministère de " + member, "families", List.of(Scenario.FAMILY)))
                    .post("/api/campaigns/" + code + "/evaluators").then().statusCode(201);
            application.as(member).body(Map.of("links", List.of(), "complete", true)).post("/api/me/committees/" + code + "/declaration")
                    .then().statusCode(200);
        }
        application.as("admin").post("/api/campaigns/" + code + "/assignments/auto").then().statusCode(200);
        application.as("admin").body(Map.of("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()))
                .post("/api/campaigns/" + code + "/assignments/release").then().statusCode(202);
        PackagedApplication.await(Duration.ofMinutes(1), "la publication de l’affectation",
                () -> MEMBERS.stream().mapToInt(m -> assignments(m, code).size()).sum() == FILES * PER_FILE
                        && application.count(SCORE_TASKS) == FILES * PER_FILE);
        List<String> files = MEMBERS.stream().flatMap(m -> assignments(m, code).stream()).map(a -> (String) a.get("reference"))
                .distinct().sorted().toList();
        List<Work> work = new ArrayList<>();
        for (int m = 0; m < MEMBERS.size(); m++) {
            for (Map<String, Object> assignment : assignments(MEMBERS.get(m), code)) {
                String reference = (String) assignment.get("reference");
                int file = files.indexOf(reference);
                // the two members of a file differ by half a point at most: no disagreement, no third member
                double score = 1.0 + (file % 6) * 0.5 + (m % 2) * 0.5;
                work.add(new Work(((Number) assignment.get("id")).longValue(), MEMBERS.get(m), reference, score));
            }
        }
        // file by file, so that both members of a file are at work together and files get consolidated before the kill
        work.sort(Comparator.comparing(Work::reference).thenComparing(Work::member));
        return work;
    }

    private static List<Map<String, Object>> assignments(String member, String code) {
        List<Map<String, Object>> all = application.as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
        return all.stream().filter(a -> code.equals(a.get("campaignCode"))).toList();
    }

    private static String state(String code) {
        return application.as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state");
    }

    private static Map<String, Object> scores(double score) {
        return Committee.scores(score);
    }

    private static boolean hasScores(Map<String, Object> evaluation, double score) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) evaluation.get("scores");
        return lines.size() == CRITERIA.size() && lines.stream().allMatch(l -> CRITERIA.contains(l.get("criterion"))
                && l.get("score") != null && ((Number) l.get("score")).doubleValue() == score
                && ("Justification de " + l.get("criterion")).equals(l.get("justification")));
    }

    /**
     * One client per assignment, {@value #AT_ONCE} at work at a time: each saves its scores as a draft, then submits, unless the
     * application is dead. Records every request answered 200, and what else was answered.
     */
    private static final class Burst {

        final Set<Work> saved = ConcurrentHashMap.newKeySet();
        final Set<Work> submitted = ConcurrentHashMap.newKeySet();
        final Map<String, String> otherAnswers = new ConcurrentHashMap<>();
        final AtomicInteger unanswered = new AtomicInteger();

        private final List<Work> work;
        private final KillSwitch kill;
        private final CountDownLatch go = new CountDownLatch(1);
        private final Semaphore atWork = new Semaphore(AT_ONCE, true);
        private final Map<String, String> tokens = new HashMap<>();
        private final HttpClient http = PackagedApplication.http();
        private final ObjectMapper json = new ObjectMapper();
        private final ExecutorService clients;

        Burst(List<Work> work, KillSwitch kill) {
            this.work = work;
            this.kill = kill;
            this.clients = Executors.newFixedThreadPool(work.size());
            MEMBERS.forEach(m -> tokens.put(m, application.token(m)));
        }

        void start() {
            Queue<Work> queue = new ConcurrentLinkedQueue<>(work);
            work.forEach(w -> clients.submit(() -> saveThenSubmit(queue)));
            go.countDown();
        }

        void finish() throws InterruptedException {
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).as("fin des clients").isTrue();
        }

        /** Waits for a place among those at work, then takes the next assignment in file order. */
        private void saveThenSubmit(Queue<Work> queue) {
            try {
                go.await();
                atWork.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Work w = queue.remove();
            try {
                String path = "/api/assignments/" + w.id() + "/evaluation";
                if (!kill.pulled() && send(w, "PUT " + path, request(w, path).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(scores(w.score())))).build())) {
                    saved.add(w);
                    if (!kill.pulled() && send(w, "POST " + path + "/submit",
                            request(w, path + "/submit").POST(HttpRequest.BodyPublishers.noBody()).build())) {
                        submitted.add(w);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                atWork.release();
            }
        }

        private HttpRequest.Builder request(Work w, String path) {
            return HttpRequest.newBuilder(URI.create(application.url(path))).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(w.member()));
        }

        /** Sends a request; true on a 200 (counted towards the kill), false on another answer or none. */
        private boolean send(Work w, String what, HttpRequest request) throws InterruptedException {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    otherAnswers.put(what + " (" + w.member() + ")", answer.statusCode() + " " + answer.body());
                    return false;
                }
                kill.answered200();
                return true;
            } catch (IOException e) {
                unanswered.incrementAndGet();
                return false;
            }
        }
    }
}
