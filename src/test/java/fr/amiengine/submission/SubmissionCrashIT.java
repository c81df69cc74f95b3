package fr.amiengine.submission;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.KillSwitch;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is lost" under the worst stop there is: the packaged application, on PostgreSQL, is killed with SIGKILL in
 * the middle of a burst of submissions from sixteen clients, then started again on the same database. A 200 is a
 * promise: every file acknowledged must be {@code SUBMITTED} with exactly one file process and one receipt process,
 * each submitted file gets exactly one receipt at the SMTP server (GreenMail, in this JVM), none that was not submitted
 * gets one, and the engine is left without incident or exhausted job. The receipts whose jobs the dead process had
 * acquired wait for their lock (50 s) to expire, so the last ones arrive within about a minute of the kill.
 *
 * <p>The moment of the kill is drawn from a seeded {@link KillSwitch} (printed; {@code -Dami.crash.seed=N} replays it).
 * Needs PostgreSQL like the other packaged tests (see {@link PackagedApplication}).
 */
class SubmissionCrashIT {

    private static final int FILES = 200;
    private static final int CLIENTS = 16;
    private static final List<String> CANDIDATES = List.of("candidat1", "candidat2", "candidat3", "acheteur");
    private static final Duration RECEIPTS_AFTER_RESTART = Duration.ofSeconds(90);
    private static final String RECEIPT_SUBJECT = "Accusé de réception de votre candidature ";
    private static final String SUBMITTED = "select count(*) from candidature where state <> 'DRAFT'";
    private static final String RECEIPTS_SENT = "select count(*) from outgoing_mail where kind = 'RECEIPT' and state = 'SENT'";
    private static final String ASYNC_JOBS = "select count(*) from act_ru_job where handler_type_ = 'async-continuation'";

    /** A draft, the account that owns it and its contact address (each file has its own: a receipt counts for one file). */
    private record Draft(String candidate, String contact) {
    }

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws IOException {
        application = PackagedApplication.prepare("submission-crash", true);
        application.start("premier");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void everySubmissionAnswered200SurvivesASigkillWithOneProcessAndOneReceipt() throws Exception {
        // given an open campaign and 200 complete drafts, each with its PDF, of four organisations
        KillSwitch kill = KillSwitch.between(20, 120);
        System.out.printf("SubmissionCrashIT\u00a0: graine %d, SIGKILL après %d accusés de soumission%n", kill.seed(), kill.after());
        Map<String, Draft> drafts = drafts(openCampaign());

        // when sixteen clients submit them and the application is killed after the kill.after()-th 200
        Burst burst = new Burst(drafts, kill);
        burst.start();
        long pid = kill.pullWhenReached(application, Duration.ofMinutes(3));
        Instant killedAt = Instant.now();
        burst.finish();
        int acknowledgedAtKill = burst.acknowledged.size();
        System.out.printf("SubmissionCrashIT\u00a0: processus %d tué\u00a0; %d soumissions acquittées (200), %d en cours sans réponse,"
                + " %d autres réponses, %d jamais envoyées%n", pid, acknowledgedAtKill, burst.unanswered.size(),
                burst.otherAnswers.size(), FILES - burst.attempted.size());
        assertThat(burst.otherAnswers).as("réponses autres que 200 avant l’arrêt brutal").isEmpty();

        application.start("apres-crash");
        Instant readyAt = Instant.now();
        AtomicInteger receiptsSeen = new AtomicInteger();
        AtomicReference<Instant> lastReceiptAt = new AtomicReference<>(readyAt);
        try {
            PackagedApplication.await(RECEIPTS_AFTER_RESTART, "un accusé de réception envoyé par dossier soumis, plus aucun travail en attente",
                    () -> {
                        int seen = receipts().size();
                        if (receiptsSeen.getAndSet(seen) != seen) {
                            lastReceiptAt.set(Instant.now());
                        }
                        long submitted = application.count(SUBMITTED);
                        return submitted >= acknowledgedAtKill && seen >= submitted
                                && application.count(RECEIPTS_SENT) == submitted && application.count(ASYNC_JOBS) == 0;
                    });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (" + RECEIPTS_AFTER_RESTART.toSeconds() + " s après la reprise\u00a0: "
                    + application.count(SUBMITTED) + " dossiers soumis, " + receipts().size() + " accusés reçus, "
                    + application.count(RECEIPTS_SENT) + " marqués envoyés, " + application.count(ASYNC_JOBS) + " travaux en attente)", e);
        }

        // then every 200 is a submitted file with its processes, and each submitted file has exactly one receipt
        Set<String> submitted = application.strings("select reference from candidature where state <> 'DRAFT'");
        Map<String, Long> fileProcesses = perBusinessKey("Process_Candidature", Function.identity());
        Map<String, Long> receiptProcesses = perBusinessKey("Process_Receipt", key -> key.substring(0, key.indexOf(':')));
        Set<String> running = application.strings("select e.business_key_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where d.key_ = 'Process_Candidature' and e.id_ = e.proc_inst_id_");
        Map<String, Long> receiptsPerFile = receipts().stream()
                .collect(Collectors.groupingBy(SubmissionCrashIT::referenceOf, TreeMap::new, Collectors.counting()));
        long duplicates = receiptsPerFile.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("SubmissionCrashIT\u00a0: %d acquittées avant l’arrêt, %d SUBMITTED après la reprise, %d accusés reçus,"
                        + " %d en double\u00a0; dernier accusé %d s après la reprise (%d s après l’arrêt brutal)%n",
                acknowledgedAtKill, submitted.size(), receiptsPerFile.size(), duplicates,
                Duration.between(readyAt, lastReceiptAt.get()).toSeconds(), Duration.between(killedAt, lastReceiptAt.get()).toSeconds());

        assertThat(submitted).as("soumissions acquittées (200) retrouvées soumises").containsAll(burst.acknowledged);
        assertThat(burst.attempted).as("seuls des dossiers envoyés sont soumis").containsAll(submitted);
        assertThat(fileProcesses.keySet()).as("dossiers ayant un processus Process_Candidature").isEqualTo(submitted);
        assertThat(fileProcesses).as("processus Process_Candidature par dossier").allSatisfy((ref, n) -> assertThat(n).as(ref).isEqualTo(1L));
        assertThat(running).as("processus de dossier en cours (attente de la recevabilité)").isEqualTo(submitted);
        assertThat(receiptProcesses.keySet()).as("dossiers ayant un processus Process_Receipt").isEqualTo(submitted);
        assertThat(receiptProcesses).as("processus Process_Receipt par dossier").allSatisfy((ref, n) -> assertThat(n).as(ref).isEqualTo(1L));
        assertThat(receiptsPerFile.keySet()).as("dossiers ayant reçu un accusé").isEqualTo(submitted);
        assertThat(receiptsPerFile).as("accusés reçus par dossier").allSatisfy((ref, n) -> assertThat(n).as(ref).isEqualTo(1L));
        assertThat(receipts()).as("chaque accusé part au contact de son dossier").allSatisfy(receipt ->
                assertThat(recipientOf(receipt)).isEqualTo(drafts.get(referenceOf(receipt)).contact()));
        assertThat(application.count("select count(*) from act_ru_incident")).as("incidents du moteur").isZero();
        assertThat(application.count("select count(*) from act_ru_job where retries_ = 0")).as("travaux sans nouvel essai").isZero();
    }

    /** A campaign created open a minute ago: its opening timer fires on the job executor; it closes tomorrow. */
    private static String openCampaign() {
        String code = "CRASH-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        application.as("admin").body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1))))
                .post("/api/campaigns").then().statusCode(201);
        PackagedApplication.await(Duration.ofMinutes(1), "l’ouverture de la campagne", () -> "OPEN".equals(
                application.as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state")));
        return code;
    }

    /**
     * {@value #FILES} complete drafts with a PDF each, spread over the four candidate accounts (each declares its own
     * organisation), each with its own contact address. Made by four clients at once to keep the set-up short.
     *
     * @return each draft by its reference
     */
    private static Map<String, Draft> drafts(String campaign) throws Exception {
        for (String candidate : CANDIDATES) {
            application.as(candidate).body(Map.of("siren", Scenario.freshSiren(), "legalName", "Organisation de " + candidate,
                    "kind", "COMPANY")).post("/api/me/organisation").then().statusCode(201);
        }
        byte[] pdf = Pdfs.valid(1);
        Map<String, Draft> drafts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES.size());
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int n = i;
                made.add(pool.submit(() -> {
                    String candidate = CANDIDATES.get(n % CANDIDATES.size());
                    Map<String, Object> form = new HashMap<>(Scenario.completeForm());
                    form.put("solutionName", "Solution " + n);
                    String contact = "dossier" + n + "@crash.example";
                    form.put("contact", Map.of("name", "Camille Martin", "email", contact, "phone", "+33 1 23 45 67 89"));
                    String reference = application.as(candidate).body(form).post("/api/campaigns/" + campaign + "/candidatures")
                            .then().statusCode(201).extract().path("reference");
                    application.upload(candidate).multiPart("file", "presentation.pdf", pdf, "application/pdf")
                            .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
                    drafts.put(reference, new Draft(candidate, contact));
                }));
            }
            for (Future<?> draft : made) {
                draft.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(drafts).hasSize(FILES);
        return drafts;
    }

    /**
     * Sixteen clients taking the drafts from one queue and submitting them, until the queue is empty or the
     * application is dead. Records what each submission got: a 200, another answer, or none.
     */
    private static final class Burst {

        final Set<String> attempted = ConcurrentHashMap.newKeySet();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> unanswered = ConcurrentHashMap.newKeySet();
        final Map<String, String> otherAnswers = new ConcurrentHashMap<>();

        private final Map<String, Draft> drafts;
        private final KillSwitch kill;
        private final Queue<String> queue;
        private final Map<String, String> tokens = new HashMap<>();
        private final HttpClient http = PackagedApplication.http();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

        Burst(Map<String, Draft> drafts, KillSwitch kill) {
            this.drafts = drafts;
            this.kill = kill;
            this.queue = new ConcurrentLinkedQueue<>(new TreeSet<>(drafts.keySet()));
            CANDIDATES.forEach(c -> tokens.put(c, application.token(c)));
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(this::submitUntilEmptyOrKilled);
            }
        }

        void finish() throws InterruptedException {
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).as("fin des clients").isTrue();
        }

        private void submitUntilEmptyOrKilled() {
            String reference;
            while (!kill.pulled() && (reference = queue.poll()) != null) {
                attempted.add(reference);
                HttpRequest request = HttpRequest.newBuilder(URI.create(application.url("/api/candidatures/" + reference + "/submit")))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + tokens.get(drafts.get(reference).candidate()))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        acknowledged.add(reference);
                        kill.answered200();
                    } else {
                        otherAnswers.put(reference, answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException e) {
                    unanswered.add(reference);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static List<MimeMessage> receipts() {
        return Arrays.stream(application.smtp().getReceivedMessages()).filter(m -> subject(m).startsWith(RECEIPT_SUBJECT)).toList();
    }

    private static String referenceOf(MimeMessage receipt) {
        return subject(receipt).substring(RECEIPT_SUBJECT.length());
    }

    private static String recipientOf(MimeMessage receipt) {
        try {
            return receipt.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many instances of the process each file has had, from the engine's history (running or ended). */
    private static Map<String, Long> perBusinessKey(String processKey, Function<String, String> fileOf) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = application.database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select business_key_ from act_hi_procinst where proc_def_key_ = '" + processKey + "'")) {
            while (r.next()) {
                counts.merge(fileOf.apply(r.getString(1)), 1L, Long::sum);
            }
        }
        return counts;
    }
}
