package fr.amiengine.support;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A campaign taken through the API of the packaged application from its opening to the second administrator's
 * approval of its decisions, which starts the batch of decision letters on the job executor. Given several nodes of
 * one cluster, the requests go to them in turn, as a load balancer without sticky sessions would send them.
 *
 * <p>Every file has a contact address of its own, so that a test counts the letters per recipient. The campaign
 * closes on its timer, {@code window} after its creation: the files must be submitted before.
 *
 * @param code     the campaign's code
 * @param contacts each file's contact address, by reference
 */
public record DecidedCampaign(String code, Map<String, String> contacts) {

    /** Files are submitted by this many clients at once, to keep the campaign's window short. */
    private static final int CLIENTS = 4;
    public static final String LETTER_SUBJECT = "Décision du comité de sélection sur votre candidature ";

    /**
     * @param prefix the campaign code's prefix
     * @param files  how many files are submitted, reviewed and decided (half of them retained)
     * @param window how long the campaign stays open, from its creation: long enough to submit the files on a busy
     *               machine (four clients at once), short enough not to wait long for the closing
     * @param nodes  the nodes the requests go to, in turn
     */
    public static DecidedCampaign decide(String prefix, int files, Duration window, PackagedApplication... nodes) {
        return new Run(nodes).decide(prefix, files, window);
    }

    /** The references of the files. */
    public List<String> files() {
        return List.copyOf(contacts.keySet());
    }

    private static final class Run {

        private final PackagedApplication[] nodes;
        private final AtomicInteger turn = new AtomicInteger();

        Run(PackagedApplication[] nodes) {
            this.nodes = nodes;
        }

        private PackagedApplication next() {
            return nodes[Math.floorMod(turn.getAndIncrement(), nodes.length)];
        }

        private RequestSpecification as(String user) {
            return next().as(user);
        }

        DecidedCampaign decide(String prefix, int files, Duration window) {
            // the sign-ins first: on a busy machine Keycloak takes seconds, which the campaign's window must not pay
            for (String user : List.of("admin", "admin2", "candidat1")) {
                nodes[0].token(user);
            }
            String code = prefix + "-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            as("admin").body(Map.of("code", code, "title", "Lot de lettres " + code,
                            "openingAt", now.minus(Duration.ofMinutes(1)).toString(), "closingAt", now.plus(window).toString(),
                            "tracks", List.of(Map.of("code", "GENERAL", "label", "Volet général", "seats", Math.max(1, files / 2))),
                            "families", List.of(Map.of("code", "DOCUMENTS", "label", "Documents"))))
                    .post("/api/campaigns").then().statusCode(201);
            awaitState(code, "OPEN", Duration.ofMinutes(1));
            as("candidat1").body(Map.of("siren", "123456782", "legalName", "Alpha IA (lettres)", "kind", "COMPANY"))
                    .post("/api/me/organisation");
            byte[] pdf = Pdfs.valid(1);
            Map<String, String> contacts = new ConcurrentSkipListMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> submitted = new ArrayList<>();
                for (int i = 0; i < files; i++) {
                    int n = i;
                    submitted.add(clients.submit(() -> contacts.put(submit(code, n, pdf), "dossier" + n + "@lettres.example")));
                }
                for (Future<?> file : submitted) {
                    file.get(window.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("dépôt des " + files + " dossiers avant la clôture de " + code, e);
            } finally {
                clients.shutdownNow();
            }
            // the receipts leave first; the review comes after, as it would. A send the relay drops (GreenMail answers
            // 421 after 30 s of silence, seen on loaded machines) is retried 10 s later by the engine, hence two minutes.
            PackagedApplication.await(Duration.ofMinutes(2), "les accusés de réception", () -> nodes[0].count(
                    "select count(*) from outgoing_mail where kind = 'RECEIPT' and state = 'SENT'") >= files);
            for (String reference : contacts.keySet()) {
                as("admin").body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                        .then().statusCode(200);
            }
            awaitState(code, "CLOSED", window.plus(Duration.ofMinutes(1)));
            as("admin").post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
            awaitState(code, "EVALUATION", Duration.ofMinutes(1));
            for (String[] member : List.of(new String[] {"evaluateur", "elise.petit@numerique.gouv.example"},
                    new String[] {"evaluateur2", "marc.leroy@interieur.gouv.example"})) {
                as("admin").body(Map.of("email", member[1], "firstName", "P", "lastName", "N", "administration", "DINUM"))
                        .post("/api/campaigns/" + code + "/evaluators").then().statusCode(201);
                as(member[0]).body(Map.of("links", List.of(), "complete", true)).post("/api/me/committees/" + code + "/declaration")
                        .then().statusCode(200);
            }
            as("admin").post("/api/campaigns/" + code + "/assignments/auto").then().statusCode(200);
            as("admin").body(Map.of("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()))
                    .post("/api/campaigns/" + code + "/assignments/release").then().statusCode(202);
            List<String> references = new ArrayList<>(contacts.keySet());
            for (String member : List.of("evaluateur", "evaluateur2")) {
                PackagedApplication.await(Duration.ofMinutes(1), "la publication de l’affectation",
                        () -> assignments(member, code).size() == files);
                for (Map<String, Object> assignment : assignments(member, code)) {
                    int i = references.indexOf((String) assignment.get("reference"));
                    double score = 5 - (i % 10) * 0.5;
                    List<Map<String, Object>> scores = new ArrayList<>();
                    for (String criterion : List.of("IMPACT", "MATURITY", "INTEGRABILITY", "COMPLIANCE")) {
                        scores.add(Map.of("criterion", criterion, "score", score, "justification", "Justification"));
                    }
                    Object id = assignment.get("id");
                    as(member).body(Map.of("scores", scores)).put("/api/assignments/" + id + "/evaluation").then().statusCode(200);
                    as(member).post("/api/assignments/" + id + "/evaluation/submit").then().statusCode(200);
                }
            }
            as("admin").post("/api/campaigns/" + code + "/deliberation").then().statusCode(204);
            as("admin").post("/api/campaigns/" + code + "/decisions/submit").then().statusCode(200);
            as("admin2").body(Map.of("approved", true)).post("/api/campaigns/" + code + "/decisions/approve").then().statusCode(200);
            return new DecidedCampaign(code, contacts);
        }

        /** Creates a complete draft with its PDF and submits it; its reference. */
        private String submit(String code, int n, byte[] pdf) {
            Map<String, Object> form = new HashMap<>(Scenario.completeForm());
            form.put("solutionName", "Solution " + n);
            form.put("contact", Map.of("name", "Camille Martin", "email", "dossier" + n + "@lettres.example", "phone", "+33 1 23 45 67 89"));
            String reference = as("candidat1").body(form).post("/api/campaigns/" + code + "/candidatures").then().statusCode(201)
                    .extract().path("reference");
            next().upload("candidat1").multiPart("file", "presentation.pdf", pdf, "application/pdf")
                    .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
            as("candidat1").post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            return reference;
        }

        private List<Map<String, Object>> assignments(String member, String code) {
            List<Map<String, Object>> all = as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
            return all.stream().filter(a -> code.equals(a.get("campaignCode"))).toList();
        }

        private void awaitState(String code, String state, Duration within) {
            PackagedApplication.await(within, "la campagne " + code + " à l’état " + state, () -> state.equals(
                    as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state")));
        }
    }
}
