package fr.amiengine.shared;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.publication.PublicationService;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.support.Api;
import fr.amiengine.support.Committee;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Guards the main requests against N+1 regressions by counting their SQL statements, not by timing them (a time on
 * shared cores says little; a count is exact). Each request is measured alone, as the number of JDBC statements
 * Hibernate prepared while it ran ({@link Statistics#getPrepareStatementCount()}, statistics enabled in the test
 * profile only), at two sizes: the count must not grow with the size, and must stay under a ceiling set a little above
 * the figure measured when this test was written (docs/performance.md, « Nombre de requêtes SQL »).
 *
 * <p>Only our tables are counted: the engine (Camunda) talks to the database through MyBatis, not Hibernate, so its
 * statements (starting a process, completing a task) are not in these figures. The job executor is off in the tests,
 * so nothing else runs statements while a request is measured.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PublicationService publication;

    @Test
    void submittingAndReadingACandidatureCostTheSameWhateverItsAttachments() {
        String small = Scenario.openCampaign();
        String large = Scenario.openCampaign();
        Scenario.organisations();
        for (int i = 0; i < 4; i++) {
            Scenario.draft(Tokens.CANDIDATE_B, large, Scenario.completeForm());
        }
        String one = draftWithAttachments(small, 1);
        String five = draftWithAttachments(large, 5);

        long submitOne = statements(as(Tokens.CANDIDATE_A), r -> r.post("/api/candidatures/" + one + "/submit"), 200);
        long submitFive = statements(as(Tokens.CANDIDATE_A), r -> r.post("/api/candidatures/" + five + "/submit"), 200);
        long readOne = statements(as(Tokens.CANDIDATE_A), r -> r.get("/api/candidatures/" + one), 200);
        long readFive = statements(as(Tokens.CANDIDATE_A), r -> r.get("/api/candidatures/" + five), 200);
        report("submit", "1 PDF, seul dossier de la campagne", submitOne, "5 PDF, 4 autres dossiers", submitFive);
        report("lecture d’une candidature", "1 PDF", readOne, "5 PDF", readFive);

        assertThat(submitFive).as("POST /api/candidatures/{ref}/submit\u00a0: %d requêtes SQL avec 1 PDF, %d avec 5 PDF et "
                + "4 autres dossiers (N+1\u00a0?)", submitOne, submitFive).isLessThanOrEqualTo(submitOne);
        assertThat(submitOne).as("POST /api/candidatures/{ref}/submit\u00a0: %d requêtes SQL", submitOne)
                .isLessThanOrEqualTo(SUBMIT_CEILING);
        assertThat(readFive).as("GET /api/candidatures/{ref}\u00a0: %d requêtes SQL avec 1 PDF, %d avec 5 PDF (N+1\u00a0?)",
                readOne, readFive).isLessThanOrEqualTo(readOne);
        assertThat(readOne).as("GET /api/candidatures/{ref}\u00a0: %d requêtes SQL", readOne).isLessThanOrEqualTo(READ_CEILING);
    }

    @Test
    void savingAnEvaluationCostsTheSameWhateverTheCommitteeAndTheDraftsBefore() {
        Committee alone = committee(1);
        Committee five = committee(5);
        Long onlyFile = alone.assignmentOf(Tokens.EVALUATOR, alone.files.get(0));
        Long amongFive = five.assignmentOf(Tokens.EVALUATOR, five.files.get(4));
        Map<String, Object> scores = Committee.scores(3);

        long firstAlone = statements(as(Tokens.EVALUATOR).body(scores), r -> r.put(evaluation(onlyFile)), 200);
        long firstAmongFive = statements(as(Tokens.EVALUATOR).body(scores), r -> r.put(evaluation(amongFive)), 200);
        for (double score = 1; score <= 4; score++) {
            as(Tokens.EVALUATOR).body(Committee.scores(score)).put(evaluation(amongFive)).then().statusCode(200);
        }
        long sixthAmongFive = statements(as(Tokens.EVALUATOR).body(scores), r -> r.put(evaluation(amongFive)), 200);
        long unchanged = statements(as(Tokens.EVALUATOR).body(scores), r -> r.put(evaluation(amongFive)), 200);
        report("enregistrement d’une évaluation", "1 dossier, 1er brouillon", firstAlone, "5 dossiers, 1er brouillon",
                firstAmongFive);
        report("enregistrement d’une évaluation", "5 dossiers, 1er brouillon", firstAmongFive, "5 dossiers, 6e brouillon",
                sixthAmongFive);
        report("enregistrement d’une évaluation", "4 notes changées", sixthAmongFive, "rien de changé", unchanged);

        String put = "PUT /api/assignments/{id}/evaluation";
        assertThat(firstAmongFive).as("%s\u00a0: %d requêtes SQL dans un comité d’un dossier, %d dans un comité de cinq (N+1\u00a0?)",
                put, firstAlone, firstAmongFive).isLessThanOrEqualTo(firstAlone);
        assertThat(sixthAmongFive).as("%s\u00a0: %d requêtes SQL au 1er brouillon, %d au 6e (le registre chaîné grandit\u00a0: N+1\u00a0?)",
                put, firstAmongFive, sixthAmongFive).isLessThanOrEqualTo(firstAmongFive);
        // Each changed note or justification is one entry of the chained ledger, which reads the chain's last entry
        // and inserts (ScoreLedger.record): the count grows with the changes, bounded by the grid's four criteria. The
        // first draft changes all eight fields, the worst case, held under its ceiling; a save that changes nothing
        // costs the request alone.
        assertThat(unchanged).as("%s sans changement\u00a0: %d requêtes SQL", put, unchanged).isLessThanOrEqualTo(UNCHANGED_CEILING);
        assertThat(firstAlone).as("%s\u00a0: %d requêtes SQL", put, firstAlone).isLessThanOrEqualTo(EVALUATION_CEILING);
    }

    @Test
    void thePanoramaCostsTheSameWhateverItsSolutionsAndAlmostNothingOnceBuilt() {
        String two = published(2);
        String ten = published(10);
        List<long[]> figures = new ArrayList<>();
        for (String code : List.of(two, ten)) {
            String json = "/api/public/campaigns/" + code + "/panorama";
            long cold = statements(given(), r -> r.get(json), 200);
            long warm = statements(given(), r -> r.get(json), 200);
            long page = statements(given(), r -> r.get("/panorama/" + code), 200);
            figures.add(new long[] {cold, warm, page});
        }
        long[] small = figures.get(0);
        long[] large = figures.get(1);
        report("panorama JSON, premier appel (document construit)", "2 solutions", small[0], "10 solutions", large[0]);
        report("panorama JSON, appel suivant (document en mémoire)", "2 solutions", small[1], "10 solutions", large[1]);
        report("page du panorama (HTML)", "2 solutions", small[2], "10 solutions", large[2]);

        String json = "GET /api/public/campaigns/{code}/panorama";
        assertThat(large[0]).as("%s, premier appel\u00a0: %d requêtes SQL pour 2 solutions, %d pour 10 (N+1\u00a0?)", json, small[0],
                large[0]).isLessThanOrEqualTo(small[0]);
        assertThat(small[0]).as("%s, premier appel\u00a0: %d requêtes SQL", json, small[0]).isLessThanOrEqualTo(PANORAMA_BUILD_CEILING);
        assertThat(new long[] {small[1], large[1]}).as("%s, document en mémoire\u00a0: requêtes SQL pour 2 et 10 solutions", json)
                .containsOnly(small[1]);
        assertThat(small[1]).as("%s, document en mémoire\u00a0: %d requêtes SQL", json, small[1])
                .isLessThanOrEqualTo(PANORAMA_CACHED_CEILING);
        assertThat(large[2]).as("GET /panorama/{code}\u00a0: %d requêtes SQL pour 2 solutions, %d pour 10 (N+1\u00a0?)", small[2], large[2])
                .isLessThanOrEqualTo(small[2]);
        assertThat(small[2]).as("GET /panorama/{code}\u00a0: %d requêtes SQL", small[2]).isLessThanOrEqualTo(PANORAMA_CACHED_CEILING);
    }

    // Ceilings: the figures measured when this test was written (docs/performance.md), plus a small margin.
    private static final long SUBMIT_CEILING = 7;
    private static final long READ_CEILING = 4;
    private static final long EVALUATION_CEILING = 40;
    private static final long UNCHANGED_CEILING = 12;
    private static final long PANORAMA_BUILD_CEILING = 6;
    private static final long PANORAMA_CACHED_CEILING = 2;

    /** The statements Hibernate prepared during one request, which must answer {@code status}. */
    private long statements(RequestSpecification request, Function<RequestSpecification, io.restassured.response.Response> send,
                            int status) {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("statistiques Hibernate actives (profil de test)").isTrue();
        long before = statistics.getPrepareStatementCount();
        send.apply(request).then().statusCode(status);
        return statistics.getPrepareStatementCount() - before;
    }

    private static void report(String request, String smallCase, long small, String largeCase, long large) {
        System.out.printf("[requêtes SQL] %s\u00a0: %d (%s), %d (%s)%n", request, small, smallCase, large, largeCase);
    }

    private static String evaluation(Long assignment) {
        return "/api/assignments/" + assignment + "/evaluation";
    }

    private static String draftWithAttachments(String campaign, int attachments) {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        for (int i = 0; i < attachments; i++) {
            Api.upload(Tokens.CANDIDATE_A).multiPart("file", "annexe-" + i + ".pdf", Pdfs.valid(1), "application/pdf")
                    .post("/api/candidatures/" + reference + "/attachments").then().statusCode(201);
        }
        return reference;
    }

    /** A committee of two members who each evaluate every one of the campaign's files. */
    private static Committee committee(int files) {
        return Committee.inEvaluation(files, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
    }

    /**
     * A campaign published with this many retained solutions: drafts from the API, then decided and published by the
     * services (the way {@code PanoramaLoadBenchmark} does, the deliberation is not what is measured here).
     */
    private String published(int solutions) {
        String code = Scenario.openCampaign();
        Scenario.organisations();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < solutions; i++) {
            Map<String, Object> form = Scenario.completeForm();
            form.put("solutionName", "Solution " + i);
            references.add(Scenario.draft(i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B, code, form));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String reference : references) {
                Candidature file = candidatures.getByReference(reference);
                file.state = CandidatureState.RETAINED;
            }
            Campaign campaign = campaigns.getByCode(code);
            campaign.state = CampaignState.DECIDED;
        });
        publication.prepare(code);
        publication.freeze(code, "tests", "tests");
        return code;
    }
}
