package fr.amiengine.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.DecidedCampaign;
import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Scenario;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Several nodes on one PostgreSQL behave as one": two packaged applications on two ports, one database, one
 * Keycloak, one SMTP server (GreenMail, in this JVM), started at the same moment on an empty database. Requests go to
 * the nodes in turn, as a load balancer without sticky sessions sends them, and both job executors run. Checked:
 * both start without tripping over each other's schema creation; drafts made on both at once get distinct
 * references; a campaign's closing timer fires once; its letters leave once each; what node A publishes, and an
 * edit it republishes, node B serves at once; a sign-in begun on A and completed on B gives a browser session (the
 * {@code web} tenant's cookie) that both nodes honour, with forms whose anti-forgery token one node made and the other
 * accepts. The nodes share what docs/operations.md (« Cluster ») says they must: database, client secret, the
 * session cookie's key and the forms' key.
 *
 * <p>Needs PostgreSQL like the other packaged tests (see {@link PackagedApplication}).
 */
class TwoNodesIT {

    /** The address of the load balancer the browser believes it talks to: the one Keycloak accepts as redirect. */
    private static final String FRONT = "127.0.0.1:8080";
    private static final Map<String, String> SHARED_SECRETS = Map.of(
            "AMI_WEB_CSRF_SECRET", "grappe-cle-des-formulaires-0123456789",
            "AMI_WEB_SESSION_SECRET", "grappe-cle-des-cookies-de-session-0123456789");
    /** The lines MailOutbox logs once the relay took a mail. */
    private static final Pattern LETTER_SENT = Pattern.compile("DECISION_LETTER de \\S+ envoyé à ");
    private static final Pattern RECEIPT_SENT = Pattern.compile("RECEIPT de \\S+ envoyé à ");
    private static final int LETTERS = 8;
    private static final int DRAFTS = 32;

    private static PackagedApplication a;
    private static PackagedApplication b;
    private static List<PackagedApplication> nodes;

    @BeforeAll
    static void startBothAtOnce() throws Exception {
        a = PackagedApplication.prepare("two-nodes", true);
        b = a.secondNode();
        nodes = List.of(a, b);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = starting.submit(() -> start(a, "noeud-a"));
            Future<?> second = starting.submit(() -> start(b, "noeud-b"));
            first.get(3, TimeUnit.MINUTES);
            second.get(3, TimeUnit.MINUTES);
        } finally {
            starting.shutdownNow();
        }
    }

    private static Void start(PackagedApplication node, String run) throws IOException {
        node.start(run, List.of(), SHARED_SECRETS);
        return null;
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void bothNodesStartedAtOnceOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        assertThat(a.count("select count(*) from flyway_schema_history where not success")).as("migrations en échec").isZero();
        assertThat(a.count("select count(*) from (select version from flyway_schema_history where version is not null"
                + " group by version having count(*) > 1) twice")).as("migrations appliquées deux fois").isZero();
        assertThat(a.strings("select version from flyway_schema_history where version is not null and version <> '0'"))
                .as("nos migrations, chacune une fois").contains("1", "7");
        assertThat(a.count("select count(*) from act_ge_schema_log")).as("création du schéma du moteur").isEqualTo(1);
        assertThat(a.count("select count(*) from (select key_ from act_re_procdef group by key_ having count(*) > 1) twice"))
                .as("modèles BPMN déployés deux fois").isZero();
        for (String run : List.of("noeud-a", "noeud-b")) {
            List<String> errors = startLines(run).stream().filter(l -> l.contains(" ERROR ")).toList();
            assertThat(errors).as("erreurs au démarrage de " + run).isEmpty();
        }
    }

    @Test
    void draftsCreatedOnBothNodesAtOnceGetDistinctReferences() throws Exception {
        String campaign = "BROUILLONS-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        a.as("admin").body(Scenario.campaign(campaign, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1))))
                .post("/api/campaigns").then().statusCode(201);
        PackagedApplication.await(Duration.ofMinutes(1), "l’ouverture de la campagne", () -> "OPEN".equals(
                b.as("admin").get("/api/campaigns/" + campaign).then().statusCode(200).extract().path("state")));
        b.as("candidat2").body(Map.of("siren", Scenario.freshSiren(), "legalName", "Beta (deux nœuds)", "kind", "COMPANY"))
                .post("/api/me/organisation").then().statusCode(201);

        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<String> references = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < DRAFTS; i++) {
                PackagedApplication node = nodes.get(i % 2);
                int n = i;
                made.add(clients.submit(() -> {
                    Map<String, Object> form = new HashMap<>(Scenario.completeForm());
                    form.put("solutionName", "Brouillon " + n);
                    Response answer = node.as("candidat2").body(form).post("/api/campaigns/" + campaign + "/candidatures");
                    answers.merge(answer.statusCode() + (node == a ? " (A)" : " (B)"), 1, Integer::sum);
                    if (answer.statusCode() == 201) {
                        references.add(answer.path("reference"));
                    }
                }));
            }
            for (Future<?> draft : made) {
                draft.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("TwoNodesIT\u00a0: %d brouillons créés sur les deux nœuds à la fois\u00a0: réponses %s, %d références distinctes%n",
                DRAFTS, new TreeMap<>(answers), Set.copyOf(references).size());
        assertThat(answers).as("réponses").isEqualTo(Map.of("201 (A)", DRAFTS / 2, "201 (B)", DRAFTS / 2));
        assertThat(Set.copyOf(references)).as("références distinctes").hasSize(DRAFTS);
    }

    @Test
    void aCampaignRunOnTwoNodesClosesOnceMailsEachLetterOnceAndPublishesTheSameOnBoth() throws Exception {
        // given a campaign taken to its decisions through both nodes in turn, closed by its timer meanwhile
        DecidedCampaign campaign = DecidedCampaign.decide("GRAPPE", LETTERS, Duration.ofSeconds(45), a, b);
        String instance = a.strings("select id_ from act_hi_procinst where proc_def_key_ = 'Process_Campaign' and business_key_ = '"
                + campaign.code() + "'").iterator().next();
        long closingTimers = a.count("select count(*) from act_hi_actinst where act_id_ = 'Timer_CampaignCloses' and proc_inst_id_ = '"
                + instance + "'");
        long closings = a.count("select count(*) from act_hi_actinst where act_id_ = 'Task_CloseCampaign' and proc_inst_id_ = '"
                + instance + "'");
        long closedLines = logLines(Pattern.compile("Campagne " + campaign.code() + " close$"));
        System.out.printf("TwoNodesIT\u00a0: minuterie de clôture de %s\u00a0: %d passage(s), %d clôture(s), %d ligne(s) «\u00a0close\u00a0» dans les journaux%n",
                campaign.code(), closingTimers, closings, closedLines);
        assertThat(closingTimers).as("passages de la minuterie de clôture").isEqualTo(1);
        assertThat(closings).as("exécutions de Task_CloseCampaign").isEqualTo(1);
        assertThat(closedLines).as("clôtures journalisées, les deux nœuds réunis").isEqualTo(1);

        // when both job executors mail the letters
        PackagedApplication.await(Duration.ofMinutes(2), "toutes les lettres envoyées", () -> a.count(
                "select count(*) from outgoing_mail where kind = 'DECISION_LETTER' and state = 'SENT'") == LETTERS
                && a.count("select count(*) from act_ru_job where handler_type_ = 'async-continuation'") == 0);

        // then each candidate has one receipt and one letter, whichever node sent them
        Map<String, Long> receipts = perRecipient("Accusé de réception de votre candidature ");
        Map<String, Long> letters = perRecipient(DecidedCampaign.LETTER_SUBJECT);
        long receiptsByA = logLines(RECEIPT_SENT, "noeud-a");
        long receiptsByB = logLines(RECEIPT_SENT, "noeud-b");
        long lettersByA = logLines(LETTER_SENT, "noeud-a");
        long lettersByB = logLines(LETTER_SENT, "noeud-b");
        System.out.printf("TwoNodesIT\u00a0: %d dossiers\u00a0; accusés\u00a0: %d destinataires, %d livraisons, envoyés par A %d, par B %d\u00a0;"
                        + " lettres\u00a0: %d destinataires, %d livraisons, envoyées par A %d, par B %d%n", LETTERS, receipts.size(),
                receipts.values().stream().mapToLong(Long::longValue).sum(), receiptsByA, receiptsByB, letters.size(),
                letters.values().stream().mapToLong(Long::longValue).sum(), lettersByA, lettersByB);
        for (Map<String, Long> mails : List.of(receipts, letters)) {
            assertThat(mails.keySet()).as("destinataires").isEqualTo(Set.copyOf(campaign.contacts().values()));
            assertThat(mails).as("courriers par destinataire").allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
        }
        // a job runs first on the node whose transaction made it (the engine hints its own executor): the receipts of
        // the files submitted through each node, hence work for both executors; the letters of the approving node
        assertThat(receiptsByA).as("accusés envoyés par l’exécuteur de A").isPositive();
        assertThat(receiptsByB).as("accusés envoyés par l’exécuteur de B").isPositive();
        assertThat(receiptsByA + receiptsByB).as("accusés journalisés par les deux nœuds").isEqualTo(LETTERS);
        assertThat(lettersByA + lettersByB).as("lettres journalisées par les deux nœuds").isEqualTo(LETTERS);

        // and what node A publishes, node B serves at once; so is an edit republished
        String publicJson = "/api/public/campaigns/" + campaign.code() + "/panorama";
        // the campaign's process reaches its publication step once the minutes are written: until then, a 409 that says so
        PackagedApplication.await(Duration.ofMinutes(1), "la première publication, sur A", () ->
                a.as("admin").post("/api/campaigns/" + campaign.code() + "/publish").statusCode() == 200);
        Response servedByB = given().baseUri(b.url("")).get(publicJson);
        assertThat(servedByB.statusCode()).as("panorama servi par B après la publication sur A").isEqualTo(200);
        assertThat(servedByB.<Integer>path("revision")).isEqualTo(1);
        assertThat(servedByB.asString()).as("B sert ce que A sert").isEqualTo(given().baseUri(a.url("")).get(publicJson).asString());
        String entry = servedByB.path("solutions[0].reference");
        String enriched = "Version enrichie sur le nœud A, " + Instant.now();
        a.as("admin").body(Map.of("summary", enriched, "note", "Enrichissement après publication"))
                .put("/api/campaigns/" + campaign.code() + "/panorama/" + entry).then().statusCode(200);
        a.as("admin").post("/api/campaigns/" + campaign.code() + "/publish").then().statusCode(200);
        Response republished = given().baseUri(b.url("")).get(publicJson);
        System.out.printf("TwoNodesIT\u00a0: publication sur A, servie par B\u00a0: révision %d puis %d%n",
                servedByB.<Integer>path("revision"), republished.<Integer>path("revision"));
        assertThat(republished.<Integer>path("revision")).as("révision servie par B après la republication sur A").isEqualTo(2);
        assertThat(republished.<String>path("solutions.find { it.reference == '" + entry + "' }.summary")).isEqualTo(enriched);
    }

    @Test
    void aSignInBegunOnOneNodeAndCompletedOnTheOtherGivesASessionBothHonour() {
        Visitor browser = new Visitor();
        // the sign-in starts on A, Keycloak's form is filled in, and the balancer sends the return to B
        Response toKeycloak = browser.get(a, "/connexion");
        assertThat(toKeycloak.statusCode()).as("A envoie vers Keycloak").isEqualTo(302);
        Response back = browser.signInAtKeycloak(toKeycloak.header("Location"), "admin", "admin-demo-1");
        URI callback = URI.create(back.header("Location"));
        assertThat(callback.getAuthority()).as("retour de Keycloak vers le répartiteur").isEqualTo(FRONT);
        Response completed = browser.get(b, callback.getRawPath() + "?" + callback.getRawQuery());
        assertThat(completed.statusCode()).as("B termine la connexion commencée sur A\u00a0: " + completed.asString()).isIn(302, 303);
        assertThat(browser.cookies.keySet()).as("cookie de session (en morceaux s’il est long)")
                .anyMatch(name -> name.startsWith("q_session_web"));

        // then the session works on both nodes, and a form one node made is accepted by the other
        String spaceOnA = browser.follow(a, "/espace").asString();
        assertThat(spaceOnA).as("espace servi par A").contains("name=\"_csrf\"");
        Response spaceOnB = browser.follow(b, "/espace");
        assertThat(spaceOnB.statusCode()).as("espace servi par B").isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(spaceOnA);
        assertThat(token.find()).isTrue();
        Response signOut = browser.post(b, "/deconnexion", Map.of("_csrf", token.group(1)));
        System.out.printf("TwoNodesIT\u00a0: connexion commencée sur A, terminée sur B (%d)\u00a0; espace sur A et B (200, %d)\u00a0;"
                + " formulaire de A envoyé à B\u00a0: %d vers %s%n", completed.statusCode(), spaceOnB.statusCode(), signOut.statusCode(),
                URI.create(signOut.header("Location")).getPath());
        assertThat(signOut.statusCode()).as("déconnexion sur B avec le jeton du formulaire de A\u00a0: " + signOut.asString()).isEqualTo(303);
        assertThat(signOut.header("Location")).as("fin de session chez Keycloak").startsWith(a.realmUrl());
    }

    /**
     * A browser behind the load balancer {@value #FRONT}: every request to a node carries that address as its Host,
     * as a balancer forwards it, so that the nodes build the same return address; cookies are kept as a browser
     * keeps them (the application's, whichever node set them, and Keycloak's).
     */
    private static final class Visitor {

        final Map<String, String> cookies = new HashMap<>();
        private final Map<String, String> keycloakCookies = new HashMap<>();

        Response get(PackagedApplication node, String pathAndQuery) {
            return keep(cookies, given().baseUri(node.url("")).urlEncodingEnabled(false).redirects().follow(false)
                    .header("Host", FRONT).header("Accept", "text/html").cookies(cookies).get(pathAndQuery));
        }

        /** Follows the application's own redirections on that node (at most five). */
        Response follow(PackagedApplication node, String path) {
            Response answer = get(node, path);
            for (int i = 0; i < 5 && answer.statusCode() / 100 == 3; i++) {
                URI next = URI.create(answer.header("Location"));
                answer = get(node, next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
            }
            return answer;
        }

        Response post(PackagedApplication node, String path, Map<String, String> form) {
            return keep(cookies, given().baseUri(node.url("")).redirects().follow(false).header("Host", FRONT)
                    .header("Accept", "text/html").cookies(cookies).formParams(form).post(path));
        }

        /** Opens Keycloak's sign-in page, fills it in; Keycloak's answer sends the browser back to the application. */
        Response signInAtKeycloak(String authorization, String username, String password) {
            String page = keep(keycloakCookies, given().urlEncodingEnabled(false).redirects().follow(false).cookies(keycloakCookies)
                    .get(authorization)).asString();
            Matcher action = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"").matcher(page);
            assertThat(action.find()).as("formulaire de connexion de Keycloak").isTrue();
            Response answer = keep(keycloakCookies, given().urlEncodingEnabled(false).redirects().follow(false).cookies(keycloakCookies)
                    .formParam("username", username).formParam("password", password).formParam("credentialId", "")
                    .post(action.group(1).replace("&amp;", "&")));
            assertThat(answer.statusCode()).as("connexion acceptée par Keycloak").isEqualTo(302);
            return answer;
        }

        private static Response keep(Map<String, String> jar, Response answer) {
            for (Cookie cookie : answer.getDetailedCookies()) {
                if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                    jar.remove(cookie.getName());
                } else {
                    jar.put(cookie.getName(), cookie.getValue());
                }
            }
            return answer;
        }
    }

    /** The lines of a node's log up to the end of its start (Quarkus' « started in »). */
    private static List<String> startLines(String run) throws IOException {
        List<String> lines = Files.readAllLines(a.log(run));
        int started = 0;
        while (started < lines.size() && !lines.get(started).contains("started in")) {
            started++;
        }
        return lines.subList(0, Math.min(lines.size(), started + 1));
    }

    /** How many lines of the two nodes' logs (or of the runs named) contain a match. */
    private static long logLines(Pattern text, String... runs) {
        List<String> named = runs.length == 0 ? List.of("noeud-a", "noeud-b") : List.of(runs);
        return named.stream().mapToLong(run -> {
            try {
                return Files.readAllLines(a.log(run)).stream().filter(l -> text.matcher(l).find()).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    /** How many mails whose subject starts so each recipient got. */
    private static Map<String, Long> perRecipient(String subject) {
        return Arrays.stream(a.smtp().getReceivedMessages()).filter(m -> subject(m).startsWith(subject))
                .collect(Collectors.groupingBy(TwoNodesIT::recipientOf, TreeMap::new, Collectors.counting()));
    }

    private static String recipientOf(MimeMessage letter) {
        try {
            return letter.getAllRecipients()[0].toString();
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
}
