package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.PackagedApplication;
import fr.amiengine.support.Pdfs;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, on PostgreSQL, with the real Keycloak and a real SMTP server (GreenMail, in this JVM):
 * a committee approves the decisions of a campaign, the job executor starts mailing the letters, the application
 * is stopped in the middle of the batch and started again. Every candidate must end up with exactly one letter.
 *
 * <p>Runs in {@code verify} (failsafe) against the jar that {@code package} built; the production build targets
 * PostgreSQL, so the test needs it (127.0.0.1:5432, user postgres): it is skipped with a message when the server does
 * not answer, and required when {@code AMI_TEST_DB=postgresql} (CI).
 */
class LetterBatchRestartIT {

    private static final int FILES = 30;
    /**
     * One job at a time (the pool also runs the acquisition), so that the stop lands in the middle of the batch; and a
     * short lock, so that a job the stopped instance had acquired is taken again within seconds, not minutes.
     */
    private static final List<String> ONE_JOB_AT_A_TIME = List.of(
            "-Dquarkus.camunda.job-executor.thread-pool.max-pool-size=2",
            "-Dquarkus.camunda.job-executor.generic-config.max-jobs-per-acquisition=1",
            "-Dquarkus.camunda.job-executor.generic-config.lock-time-in-millis=10000");

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws IOException {
        application = PackagedApplication.prepare("letters", true);
        application.start("premier", ONE_JOB_AT_A_TIME, Map.of());
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void stoppedInTheMiddleOfALetterBatchTheApplicationSendsEveryLetterOnceAfterItsRestart() throws Exception {
        List<String> files = decideACampaign();

        await(Duration.ofMinutes(3), "les premières lettres", () -> letters().size() >= 4);
        assertThat(application.stop()).as("arrêt de l'application (SIGTERM, comme un opérateur)").isTrue();
        int beforeRestart = letters().size();
        assertThat(beforeRestart).as("lettres envoyées avant l'arrêt (le lot doit être interrompu)").isLessThan(FILES);

        application.start("second", ONE_JOB_AT_A_TIME, Map.of());
        await(Duration.ofMinutes(3), "toutes les lettres", () -> sentInDatabase() == FILES && pendingJobs() == 0);

        List<String> subjects = letters().stream().map(LetterBatchRestartIT::subject).toList();
        Map<String, Long> perFile = files.stream().collect(Collectors.toMap(f -> f,
                f -> subjects.stream().filter(s -> s.endsWith(" " + f)).count()));
        assertThat(perFile).as("lettres reçues par dossier (arrêt après " + beforeRestart + " lettres)")
                .allSatisfy((file, count) -> assertThat(count).as(file).isEqualTo(1L));
        assertThat(subjects).hasSize(FILES);
    }

    /** A campaign of {@value #FILES} files, evaluated and decided through the API, up to the second person's approval. */
    private List<String> decideACampaign() {
        String code = "LETTRES-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closing = now.plus(Duration.ofSeconds(50));
        as("admin").body(Map.of("code", code, "title", "Reprise des lettres", "openingAt", now.minus(Duration.ofMinutes(1)).toString(),
                        "closingAt", closing.toString(),
                        "tracks", List.of(Map.of("code", "GENERAL", "label", "Volet général", "seats", FILES / 2)),
                        "families", List.of(Map.of("code", "DOCUMENTS", "label", "Documents"))))
                .post("/api/campaigns").then().statusCode(201);
        await(Duration.ofMinutes(1), "l'ouverture de la campagne", () -> "OPEN".equals(state(code)));
        as("candidat1").body(Map.of("siren", "123456782", "legalName", "Alpha IA (reprise)", "kind", "COMPANY"))
                .post("/api/me/organisation");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Map<String, Object> form = new HashMap<>();
            form.put("trackCode", "GENERAL");
            form.put("familyCode", "DOCUMENTS");
            form.put("solutionName", "Solution " + i);
            form.put("summary", "Une solution d'intelligence artificielle pour le public.");
            form.put("maturityLevel", "PRODUCTION");
            form.put("integration", Map.of("apis", "API REST", "standards", "OIDC", "identityFederation", "ProConnect",
                    "deploymentModes", List.of("SAAS")));
            form.put("compliance", Map.of("gdprCompliant", true, "hostingLocation", "FRANCE", "securityQualifications", List.of(),
                    "accessibilityLevel", "PARTIALLY_COMPLIANT"));
            form.put("contact", Map.of("name", "Camille Martin", "email", "dossier" + i + "@alpha-ia.example", "phone", "+33 1 23 45 67 89"));
            String reference = as("candidat1").body(form).post("/api/campaigns/" + code + "/candidatures").then().statusCode(201)
                    .extract().path("reference");
            application.upload("candidat1").multiPart("file", "presentation.pdf", pdf(), "application/pdf")
                    .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
            as("candidat1").post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            files.add(reference);
        }
        // the receipts leave first; the review comes after, as it would. A send the relay drops (GreenMail answers 421
        // after 30 s of silence, seen on loaded machines) is retried 10 s later by the engine, hence two minutes.
        await(Duration.ofMinutes(2), "les accusés de réception", () -> count("select count(*) from outgoing_mail "
                + "where kind = 'RECEIPT' and state = 'SENT'") == FILES);
        for (String reference : files) {
            as("admin").body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                    .then().statusCode(200);
        }
        await(Duration.ofMinutes(2), "la clôture de la campagne", () -> "CLOSED".equals(state(code)));
        as("admin").post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
        await(Duration.ofMinutes(1), "le lancement de l'évaluation", () -> "EVALUATION".equals(state(code)));
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
        for (String member : List.of("evaluateur", "evaluateur2")) {
            await(Duration.ofMinutes(1), "la publication de l'affectation", () -> assignments(member, code).size() == FILES);
            for (Map<String, Object> assignment : assignments(member, code)) {
                int i = files.indexOf((String) assignment.get("reference"));
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
        return files;
    }

    private static List<Map<String, Object>> assignments(String member, String code) {
        List<Map<String, Object>> all = as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
        return all.stream().filter(a -> code.equals(a.get("campaignCode"))).toList();
    }

    private static String state(String code) {
        return as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().path("state");
    }

    private static List<MimeMessage> letters() {
        return Arrays.stream(application.smtp().getReceivedMessages()).filter(m -> subject(m).startsWith("Décision du comité")).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sentInDatabase() {
        return count("select count(*) from outgoing_mail where kind = 'DECISION_LETTER' and state = 'SENT'");
    }

    private static long pendingJobs() {
        return count("select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'");
    }

    private static long count(String sql) {
        return application.count(sql);
    }

    private static RequestSpecification as(String user) {
        return application.as(user);
    }

    private static byte[] pdf() {
        return Pdfs.valid(1);
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) {
        PackagedApplication.await(timeout, what, condition);
    }
}
