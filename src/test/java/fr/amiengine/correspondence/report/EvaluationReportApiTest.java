package fr.amiengine.correspondence.report;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.demo.RealmAccounts;
import fr.amiengine.support.Committee;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A candidate's access to the evaluation of their own file (issue #15, item 3), on one campaign taken to its final
 * decisions through the API: the 2025 grid (impact 35, maturity 25, integrability 20, compliance 20 with a threshold of
 * 2), a general track of two seats and a financed track of two seats and 500 000 €. The two evaluators score each file
 * differently, with justifications of their own, so that anonymity, the totals and the normalisation are visible:
 *
 * <pre>
 * general   « Devant »      87      1st
 *           « Mien »        65.5    2nd  (E 71 and 60; impact 4 and 3)      retained, seats
 *           « Égal »        65.5    3rd  (E 65 and 66; impact 3.5 and 3)    not retained, seats; tie broken on impact
 *           « Sous seuil »  —       compliance 1 and 2, mean 1.5 under 2    not ranked, threshold
 * financed  « Financé »     100     1st, 400 000 €                          retained
 *           « Trop cher »   80      2nd, 200 000 €                          not retained, budget
 *           « Modeste »       60      3rd, 100 000 €                          retained, brought in by the budget
 * </pre>
 *
 * The files alternate between candidates A and B; « Mien », « Égal », « Trop cher » and « Modeste » are A's.
 */
@QuarkusTest
class EvaluationReportApiTest {

    /** The names, logins and addresses of the two members, which nothing the candidate reads may contain. */
    private static final List<String> IDENTITIES = List.of(
            RealmAccounts.EVALUATOR_1.firstName(), RealmAccounts.EVALUATOR_1.lastName(), RealmAccounts.EVALUATOR_1.email(),
            RealmAccounts.EVALUATOR_1.subject(), RealmAccounts.EVALUATOR_1.username(), RealmAccounts.EVALUATOR_2.firstName() + " ",
            RealmAccounts.EVALUATOR_2.lastName(), RealmAccounts.EVALUATOR_2.email(), RealmAccounts.EVALUATOR_2.subject(),
            RealmAccounts.EVALUATOR_2.username(), "Ministère de " + Tokens.EVALUATOR);

    private record Spec(String name, String track, Long amount, double[] first, double[] second) {
    }

    /** The campaign, taken once to its final decisions, with what its readers got before the approval. */
    private static final class Fixture {
        final String code;
        final Map<String, String> files = new LinkedHashMap<>();
        final Map<String, Response> beforeFinality = new LinkedHashMap<>();

        Fixture(String code) {
            this.code = code;
        }

        String ref(String name) {
            return files.get(name);
        }
    }

    private static Fixture fixture;

    private static synchronized Fixture decided() {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private static Fixture build() {
        List<Spec> specs = List.of(
                new Spec("Mien", Scenario.TRACK, null, new double[] {4, 3, 5, 2}, new double[] {3, 3, 4, 2}),
                new Spec("Devant", Scenario.TRACK, null, new double[] {5, 4, 4, 4}, new double[] {5, 4, 4, 4}),
                new Spec("Égal", Scenario.TRACK, null, new double[] {3.5, 2.5, 4.5, 2.5}, new double[] {3, 3, 5, 2.5}),
                new Spec("Sous seuil", Scenario.TRACK, null, new double[] {5, 5, 5, 1}, new double[] {5, 5, 5, 2}),
                new Spec("Trop cher", Scenario.TRACK_WITH_BUDGET, 200_000L, new double[] {4, 4, 4, 4}, new double[] {4, 4, 4, 4}),
                new Spec("Financé", Scenario.TRACK_WITH_BUDGET, 400_000L, new double[] {5, 5, 5, 5}, new double[] {5, 5, 5, 5}),
                new Spec("Modeste", Scenario.TRACK_WITH_BUDGET, 100_000L, new double[] {3, 3, 3, 3}, new double[] {3, 3, 3, 3}));
        String code = Scenario.uniqueCode("ELEMENTS");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> campaign = Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20)));
        campaign.put("tracks", List.of(
                Map.of("code", Scenario.TRACK, "label", "Volet général", "seats", 2),
                Map.of("code", Scenario.TRACK_WITH_BUDGET, "label", "Accompagnement financé", "seats", 2, "budgetEuros", 500_000)));
        campaign.put("criteria", List.of(
                Map.of("key", "IMPACT", "weight", 35),
                Map.of("key", "MATURITY", "weight", 25),
                Map.of("key", "INTEGRABILITY", "weight", 20),
                Map.of("key", "COMPLIANCE", "weight", 20, "threshold", 2)));
        as(Tokens.ADMIN).body(campaign).post("/api/campaigns").then().statusCode(201);
        assertThat(Scenario.processes().openCampaign(code)).isTrue();
        Scenario.organisations();
        Fixture f = new Fixture(code);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            String candidate = i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B;
            Map<String, Object> form = Scenario.completeForm();
            form.put("trackCode", spec.track());
            form.put("solutionName", spec.name());
            if (spec.amount() != null) {
                form.put("requestedAmountEuros", spec.amount());
            }
            String reference = Scenario.draft(candidate, code, form);
            Scenario.attachPdf(candidate, reference);
            as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                    .then().statusCode(200);
            references.add(reference);
            f.files.put(spec.name(), reference);
        }
        assertThat(Scenario.processes().closeCampaign(code)).isTrue();
        Committee committee = Committee.attach(code, references).startEvaluation()
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        for (Spec spec : specs) {
            score(committee, Tokens.EVALUATOR, f.ref(spec.name()), spec.first(), "alpha");
            score(committee, Tokens.EVALUATOR_2, f.ref(spec.name()), spec.second(), "bêta");
        }
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/deliberation").then().statusCode(204);
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/decisions/submit").then().statusCode(200);
        String mine = f.ref("Mien");
        f.beforeFinality.put("api", as(Tokens.CANDIDATE_A).get("/api/candidatures/" + mine + "/evaluation-report"));
        f.beforeFinality.put("pdf", as(Tokens.CANDIDATE_A).get("/api/candidatures/" + mine + "/evaluation-report.pdf"));
        f.beforeFinality.put("page", Pages.as(Tokens.CANDIDATE_A).get("/candidatures/" + mine + "/evaluation"));
        f.beforeFinality.put("file page", Pages.as(Tokens.CANDIDATE_A).get("/candidatures/" + mine));
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + code + "/decisions/approve").then().statusCode(200);
        f.beforeFinality.put("approved, not yet finalised", as(Tokens.CANDIDATE_A).get("/api/candidatures/" + mine + "/evaluation-report"));
        committee.runCampaignJob(ProcessVariables.TASK_FINALISE_DECISIONS);
        return f;
    }

    /**
     * Scores a file criterion by criterion, each justification marked with a word that only this member writes, so
     * that a test can tell whose justification lands under which number.
     */
    private static void score(Committee committee, String member, String reference, double[] scores, String mark) {
        String[] criteria = {"IMPACT", "MATURITY", "INTEGRABILITY", "COMPLIANCE"};
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            lines.add(Map.of("criterion", criteria[i], "score", scores[i],
                    "justification", "Avis " + mark + " sur " + criteria[i].toLowerCase() + ", note " + scores[i]));
        }
        Long assignment = committee.assignmentOf(member, reference);
        as(member).body(Map.of("scores", lines)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(member).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);
    }

    private static JsonPath report(String user, String reference) {
        return as(user).get("/api/candidatures/" + reference + "/evaluation-report").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void beforeTheDecisionsAreFinalTheApiAnswers409InFrenchAndThePageSaysWhenItWillCome() {
        Fixture f = decided();

        Response api = f.beforeFinality.get("api");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.jsonPath().getString("detail")).contains("une fois les décisions de la campagne devenues définitives")
                .contains("«\u00a0en délibération\u00a0»");
        assertThat(f.beforeFinality.get("pdf").statusCode()).isEqualTo(409);
        assertThat(f.beforeFinality.get("approved, not yet finalised").statusCode()).isEqualTo(409);
        Response page = f.beforeFinality.get("page");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Pas encore disponibles").contains("approuvées par un second administrateur")
                .doesNotContain("Évaluateur 1");
        assertThat(f.beforeFinality.get("file page").asString()).doesNotContain("/candidatures/" + f.ref("Mien") + "/evaluation\"");
    }

    @Test
    void theCandidateReadsEachEvaluatorsScoresAnonymouslyWithTheirJustificationsAndTheFiguresAddUp() {
        Fixture f = decided();

        JsonPath r = report(Tokens.CANDIDATE_A, f.ref("Mien"));

        assertThat(r.getString("reference")).isEqualTo(f.ref("Mien"));
        assertThat(r.getString("outcome")).isEqualTo("RETAINED");
        assertThat(r.getList("evaluations.evaluator")).containsExactly("Évaluateur 1", "Évaluateur 2");
        List<Float> totals = r.getList("evaluations.total", Float.class);
        assertThat(totals).containsExactlyInAnyOrder(71.0f, 60.0f);
        // each evaluator's justifications stay together under one number, whichever it is
        for (int i = 0; i < 2; i++) {
            List<String> justifications = r.getList("evaluations[" + i + "].scores.justification");
            String mark = justifications.get(0).contains("alpha") ? "alpha" : "bêta";
            assertThat(justifications).hasSize(4).allMatch(j -> j.contains(mark));
            assertThat(r.getFloat("evaluations[" + i + "].total")).isEqualTo(mark.equals("alpha") ? 71.0f : 60.0f);
        }
        assertThat(r.getString("evaluations[0].totalComputation")).startsWith("100 × [35 × (").endsWith("sur 100");
        assertThat(r.getFloat("consolidation.rawScore")).isEqualTo(65.5f);
        assertThat(r.getString("consolidation.rawScoreComputation")).contains("/ 2 = 65,5 sur 100");
        Map<String, Object> compliance = r.getMap("consolidation.criteria.find { it.criterion == 'COMPLIANCE' }");
        assertThat(compliance).containsEntry("thresholdMet", true);
        assertThat(new BigDecimal(compliance.get("mean").toString())).isEqualByComparingTo("2");
        // the normalisation's steps, and the file's normalised score is the mean of its members' normalised totals
        float n1 = r.getFloat("evaluations[0].normalisedTotal");
        float n2 = r.getFloat("evaluations[1].normalisedTotal");
        assertThat(r.getFloat("consolidation.normalisedScore")).isCloseTo((n1 + n2) / 2, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(r.getInt("evaluations[0].normalisation.evaluatorFiles")).isEqualTo(7);
        assertThat(r.getString("evaluations[0].normalisation.explanation")).contains("amortie avec le poids 7/(7+3)");
        assertThat(r.getFloat("evaluations[0].normalisation.weight")).isEqualTo(0.7f);
        assertThat(r.getList("method")).anyMatch(m -> m.toString().startsWith("Note normalisée"))
                .anyMatch(m -> m.toString().contains("«\u00a0Conformité"));

        // the order of the numbers is stable from one reading to the next
        assertThat(report(Tokens.CANDIDATE_A, f.ref("Mien")).getList("evaluations.total")).isEqualTo(r.getList("evaluations.total"));
    }

    @Test
    void theRankTheTieRuleAndTheNeighboursScoresAreGivenWithoutTheirNamesOrReferences() {
        Fixture f = decided();

        JsonPath mine = report(Tokens.CANDIDATE_A, f.ref("Mien"));
        JsonPath tied = report(Tokens.CANDIDATE_A, f.ref("Égal"));

        assertThat(mine.getInt("ranking.position")).isEqualTo(2);
        assertThat(mine.getInt("ranking.rankedInTrack")).isEqualTo(3);
        assertThat(mine.getInt("ranking.above.position")).isEqualTo(1);
        assertThat(mine.getFloat("ranking.above.score")).isEqualTo(87.0f);
        assertThat(mine.getString("ranking.above.tieRule")).isNull();
        assertThat(mine.getFloat("ranking.below.score")).isEqualTo(65.5f);
        assertThat(mine.getString("ranking.below.tieRule")).isEqualTo("la moyenne sur l’impact");
        assertThat(mine.getString("ranking.below.tieValues")).isEqualTo("3,5 contre 3,25");
        assertThat(tied.getInt("ranking.position")).isEqualTo(3);
        assertThat(tied.getString("ranking.above.tieValues")).isEqualTo("3,25 contre 3,5");
        assertThat(tied.getString("ranking.below")).isNull();
        // the ranking the administrators read says the same
        List<Map<String, Object>> general = as(Tokens.ADMIN).get("/api/campaigns/" + f.code + "/ranking").then().statusCode(200)
                .extract().path("tracks.find { it.code == 'GENERAL' }.files");
        assertThat(general).extracting(l -> l.get("reference"))
                .startsWith(f.ref("Devant"), f.ref("Mien"), f.ref("Égal"));
        String text = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + f.ref("Mien") + "/evaluation-report").asString();
        for (String other : List.of("Devant", "Égal", "Sous seuil")) {
            assertThat(text).doesNotContain(f.ref(other)).doesNotContain("\"" + other + "\"");
        }
        assertThat(text).doesNotContain("Beta Data");
    }

    @Test
    void theSelectionSaysWhichConstraintKeptOrLeftEachFile() {
        Fixture f = decided();

        assertThat(report(Tokens.CANDIDATE_A, f.ref("Mien")).getString("selection.reason")).isEqualTo("SEATS");
        JsonPath tied = report(Tokens.CANDIDATE_A, f.ref("Égal"));
        assertThat(tied.getString("selection.reason")).isEqualTo("SEATS");
        assertThat(tied.getString("selection.reasonText")).contains("au-delà des 2 places du volet");
        JsonPath expensive = report(Tokens.CANDIDATE_A, f.ref("Trop cher"));
        assertThat(expensive.getString("outcome")).isEqualTo("NOT_RETAINED");
        assertThat(expensive.getString("selection.reason")).isEqualTo("BUDGET");
        assertThat(expensive.getString("selection.reasonText")).contains("dépassait le budget du volet (500\u202f000\u00a0€)");
        JsonPath small = report(Tokens.CANDIDATE_A, f.ref("Modeste"));
        assertThat(small.getString("outcome")).isEqualTo("RETAINED");
        assertThat(small.getString("selection.reason")).isEqualTo("BUDGET");
        JsonPath under = report(Tokens.CANDIDATE_B, f.ref("Sous seuil"));
        assertThat(under.getString("selection.reason")).isEqualTo("THRESHOLD");
        assertThat(under.getString("ranking.position")).isNull();
        assertThat(under.getString("ranking.above")).isNull();
        assertThat(under.getString("selection.reasonText")).contains("«\u00a0Conformité").contains("1,5").contains("seuil de 2");
    }

    @Test
    void noEvaluatorsNameAccountOrAddressInTheAnswerThePageOrThePdf() {
        Fixture f = decided();
        String reference = f.ref("Mien");

        String json = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/evaluation-report").asString();
        String page = Pages.html(Tokens.CANDIDATE_A, "/candidatures/" + reference + "/evaluation");
        Response pdf = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/evaluation-report.pdf");
        Response pagePdf = as(Tokens.CANDIDATE_A).get("/candidatures/" + reference + "/elements-evaluation.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        writeExample(json);
        assertThat(pagePdf.statusCode()).isEqualTo(200);
        String pdfText = text(pdf.asByteArray());
        assertThat(pdfText).contains("Communication des éléments d’évaluation").contains("Évaluateur 1").contains("Évaluateur 2")
                .contains("Avis alpha sur impact, note").contains("Avis bêta sur impact, note");
        for (String identity : IDENTITIES) {
            assertThat(json).as("réponse JSON").doesNotContain(identity);
            assertThat(pdfText).as("PDF").doesNotContain(identity);
            assertThat(page).as("page").doesNotContain(identity);
        }
        assertThat(page).contains("Évaluateur 1").contains("Comment les règles ont été appliquées à votre dossier")
                .contains("/candidatures/" + reference + "/elements-evaluation.pdf");
    }

    @Test
    void theFilePageAndTheDecisionPageLinkToTheEvaluationOnceFinal() {
        Fixture f = decided();
        String reference = f.ref("Mien");

        assertThat(Pages.html(Tokens.CANDIDATE_A, "/candidatures/" + reference))
                .contains("href=\"/candidatures/" + reference + "/evaluation\"");
        assertThat(Pages.html(Tokens.CANDIDATE_A, "/candidatures/" + reference + "/decision"))
                .contains("href=\"/candidatures/" + reference + "/evaluation\"");
    }

    @Test
    void anotherOrganisationAnEvaluatorAndAnUnknownReferenceGetTheFrench404OfAnUnknownFile() {
        Fixture f = decided();
        String reference = f.ref("Mien");

        for (String user : List.of(Tokens.CANDIDATE_B, Tokens.EVALUATOR)) {
            Response api = as(user).get("/api/candidatures/" + reference + "/evaluation-report");
            assertThat(api.statusCode()).as(user).isEqualTo(404);
            assertThat(api.jsonPath().getString("detail")).isEqualTo("Aucune candidature n’a la référence «\u00a0" + reference + "\u00a0».");
            assertThat(Pages.as(user).get("/candidatures/" + reference + "/evaluation").statusCode()).as(user).isEqualTo(404);
        }
        Response unknown = as(Tokens.CANDIDATE_A).get("/api/candidatures/AMI-INCONNUE-0001/evaluation-report");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.jsonPath().getString("detail")).isEqualTo("Aucune candidature n’a la référence «\u00a0AMI-INCONNUE-0001\u00a0».");
        Response page = Pages.as(Tokens.CANDIDATE_A).get("/candidatures/AMI-INCONNUE-0001/evaluation");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("Aucune candidature n’a la référence");
        // the evaluations' own endpoint, refused to the candidate, says where to look
        assertThat(as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/evaluations").then().statusCode(403)
                .extract().jsonPath().getString("detail")).contains("/api/candidatures/" + reference + "/evaluation-report");
        // an administrator reads it, anonymised all the same
        assertThat(report(Tokens.ADMIN, reference).getList("evaluations.evaluator")).containsExactly("Évaluateur 1", "Évaluateur 2");
    }

    /** Keeps one answer in target/ for whoever documents the API. */
    private static void writeExample(String json) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "evaluation-report-example.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
