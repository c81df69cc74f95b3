package fr.amiengine.integrity;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.admissibility.AdmissibilityLedger;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.evaluation.scoring.ScoreLedger;
import fr.amiengine.selection.DecisionLedger;
import fr.amiengine.selection.DecisionLedgerEntry;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The ledgers anchored to the data (issue #15): a row edited directly in SQL, a chain's tail cut off, a chain recomputed
 * from end to end after an edit — each is detected; erasing the actors keeps the chains verifiable. Every test works
 * on its own campaign only.
 */
@QuarkusTest
class LedgerIntegrityTest {

    @Inject
    EntityManager em;

    @Inject
    CampaignRepository campaigns;

    @Inject
    ScoreLedger scoreLedger;

    @Inject
    DecisionLedger decisionLedger;

    @Inject
    AdmissibilityLedger admissibilityLedger;

    @Inject
    ActorDigests digests;

    @Test
    void simultaneousAdmissibilityDecisionsOnOneCampaignAllSucceedInOneUnbrokenChain() throws Exception {
        // given eight files of one campaign, just submitted
        String code = Scenario.uniqueCode("SIMUL");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(Tokens.ADMIN).body(Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20))))
                .post("/api/campaigns").then().statusCode(201);
        assertThat(Scenario.processes().openCampaign(code)).isTrue();
        Scenario.organisations();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String candidate = i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B;
            Map<String, Object> form = Scenario.completeForm();
            form.put("solutionName", "Simultané " + i);
            String reference = Scenario.draft(candidate, code, form);
            Scenario.attachPdf(candidate, reference);
            as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            files.add(reference);
        }

        // when an administrator decides them all at once (the campaign's first lines of the admissibility chain)
        ExecutorService clients = Executors.newFixedThreadPool(files.size());
        List<String> answers = new ArrayList<>();
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (String file : files) {
                runs.add(clients.submit(() -> {
                    var response = as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE"))
                            .post("/api/candidatures/" + file + "/admissibility");
                    return file + "\u00a0: " + response.statusCode() + (response.statusCode() == 200 ? "" : " " + response.body().asString());
                }));
            }
            for (Future<String> run : runs) {
                answers.add(run.get(2, TimeUnit.MINUTES));
            }
        } finally {
            clients.shutdownNow();
        }

        // then each got its 200 and its line, in one chain that verifies
        assertThat(answers).allSatisfy(a -> assertThat(a).endsWith(": 200"));
        JsonPath report = ledger(code);
        assertThat(chain(report, "admissibility").get("entries")).isEqualTo(files.size());
        assertThat(chain(report, "admissibility").get("intact")).isEqualTo(true);
        assertThat(differences(chain(report, "admissibility"))).isEmpty();
    }

    @Test
    void detectsAScoreADecisionAndAnAdmissibilityRowEditedInSql() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Intègre", Scenario.FAMILY, 4))).open();
        String file = d.ref("Intègre");
        JsonPath before = ledger(d.code);
        assertThat(before.getBoolean("allIntact")).as("registres intègres avant toute modification").isTrue();
        assertThat(chain(before, "admissibility").get("entries")).isEqualTo(1);

        Long candidature = sql(() -> ((Number) em.createNativeQuery("select id from candidature where reference = ?1")
                .setParameter(1, file).getSingleResult()).longValue());
        sql(() -> em.createNativeQuery("update evaluation_score set score = 1 where criterion_key = 'IMPACT' and evaluation_id in "
                + "(select v.id from evaluation v join assignment a on a.id = v.assignment_id where a.candidature_id = ?1)")
                .setParameter(1, candidature).executeUpdate());
        sql(() -> em.createNativeQuery("update decision set motivation = 'Motivation réécrite en SQL' where candidature_id = ?1")
                .setParameter(1, candidature).executeUpdate());
        sql(() -> em.createNativeQuery("update admissibility_review set outcome = 'INADMISSIBLE' where candidature_id = ?1")
                .setParameter(1, candidature).executeUpdate());

        JsonPath after = ledger(d.code);
        assertThat(after.getBoolean("allIntact")).isFalse();
        assertThat(after.getBoolean("intact")).as("le champ historique dit toujours l’état du registre des notes").isFalse();
        Map<String, Object> scores = chain(after, "evaluations");
        assertThat(differences(scores)).hasSize(2).allSatisfy(diff -> {
            assertThat(diff.get("file")).isEqualTo(file);
            assertThat((String) diff.get("field")).startsWith("note «\u00a0Impact attendu sur les missions de service public\u00a0» (évaluation ");
            assertThat(diff.get("chainValue")).isEqualTo("4");
            assertThat(diff.get("liveValue")).isEqualTo("1");
            assertThat((String) diff.get("sentence")).startsWith("Dossier " + file + ", note «\u00a0Impact attendu")
                    .contains("le registre dit «\u00a04\u00a0», la base dit «\u00a01\u00a0»");
        });
        assertThat(differences(chain(after, "decisions"))).singleElement().satisfies(diff -> {
            assertThat(diff.get("field")).isEqualTo("motivation");
            assertThat(diff.get("liveValue")).isEqualTo("Motivation réécrite en SQL");
        });
        assertThat(differences(chain(after, "admissibility"))).singleElement().satisfies(diff -> {
            assertThat((String) diff.get("field")).startsWith("issue de l’examen");
            assertThat(diff.get("chainValue")).isEqualTo("Recevable");
            assertThat(diff.get("liveValue")).isEqualTo("Irrecevable");
        });
        // the chains themselves were not touched: only the comparison with the rows shows the edits
        assertThat(chain(after, "decisions").get("firstBrokenEntry")).isNull();

        String page = as(Tokens.ADMIN).get("/admin/campagnes/" + d.code + "/integrite").then().statusCode(200).extract().asString();
        assertThat(page).contains("Vérifier l’intégrité", "Non intègre", "Motivation réécrite en SQL", "Irrecevable")
                .doesNotContain("INADMISSIBLE", "IMPACT");
    }

    @Test
    void detectsACutOffTailAgainstTheHeadsOfTheMinutesAndThePanorama() throws Exception {
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Coupé", Scenario.FAMILY, 4))).decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        JsonPath before = ledger(d.code);
        assertThat(before.getBoolean("allIntact")).isTrue();
        Map<String, Object> decisions = chain(before, "decisions");
        String head = (String) decisions.get("head");
        int entries = (Integer) decisions.get("entries");
        assertThat(heads(decisions)).extracting(h -> h.get("writtenIn")).containsExactly("MINUTES", "PANORAMA");

        // the head written where it left the application: the minutes' PDF and the public JSON, valid against its schema
        byte[] minutes = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/minutes.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(minutes)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains(head);
        }
        JsonPath panorama = given().get("/api/public/campaigns/" + d.code + "/panorama").then().statusCode(200).extract().jsonPath();
        assertThat(panorama.getList("ledgers.chain")).containsExactly("admissibility", "evaluations", "decisions");
        assertThat(panorama.getString("ledgers[2].hash")).isEqualTo(head);
        assertThat(panorama.getInt("ledgers[2].entries")).isEqualTo(entries);
        assertThat(given().get("/panorama/" + d.code).then().statusCode(200).extract().asString())
                .contains("Registre des décisions", head);

        Long campaignId = sql(() -> campaigns.getByCode(d.code).id);
        sql(() -> em.createNativeQuery("delete from decision_ledger where id = (select max(id) from decision_ledger where campaign_id = ?1)")
                .setParameter(1, campaignId).executeUpdate());

        Map<String, Object> cut = chain(ledger(d.code), "decisions");
        assertThat(cut.get("intact")).isEqualTo(false);
        assertThat(cut.get("entries")).isEqualTo(entries - 1);
        assertThat(cut.get("firstBrokenEntry")).as("ce qui reste est bien chaîné").isNull();
        assertThat(differences(cut)).isEmpty();
        assertThat(heads(cut)).hasSize(2).allSatisfy(h -> {
            assertThat(h.get("matches")).isEqualTo(false);
            assertThat(h.get("found")).isNull();
            assertThat((String) h.get("sentence")).contains("sa fin a été supprimée");
        });
    }

    @Test
    void detectsAChainRecomputedConsistentlyAfterAnEdit() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Réécrit", Scenario.FAMILY, 4))).decidedAndSent();
        String file = d.ref("Réécrit");
        assertThat(ledger(d.code).getBoolean("allIntact")).isTrue();
        Long campaignId = sql(() -> campaigns.getByCode(d.code).id);

        // the forger edits the decision and every ledger line about it, then recomputes every hash of the chain
        String forged = "Motivation falsifiée, registre recalculé";
        sql(() -> {
            em.createNativeQuery("update decision set motivation = ?1 where campaign_id = ?2").setParameter(1, forged)
                    .setParameter(2, campaignId).executeUpdate();
            List<DecisionLedgerEntry> lines = decisionLedger.lines(campaignId);
            String previous = fr.amiengine.shared.HashChain.GENESIS;
            for (DecisionLedgerEntry line : lines) {
                if (file.equals(line.reference)) {
                    line.motivation = forged;
                }
                line.previousHash = previous;
                line.hash = line.recomputedHash();
                previous = line.hash;
            }
            return null;
        });

        Map<String, Object> recomputed = chain(ledger(d.code), "decisions");
        assertThat(recomputed.get("firstBrokenEntry")).as("la chaîne recalculée est cohérente en elle-même").isNull();
        assertThat(differences(recomputed)).as("et concorde avec la base réécrite").isEmpty();
        assertThat(recomputed.get("intact")).as("mais plus avec la tête écrite au procès-verbal").isEqualTo(false);
        assertThat(heads(recomputed)).singleElement().satisfies(h -> {
            assertThat(h.get("writtenIn")).isEqualTo("MINUTES");
            assertThat(h.get("matches")).isEqualTo(false);
            assertThat((String) h.get("sentence")).contains("il a été réécrit");
        });
    }

    @Test
    void erasingTheActorsKeepsEveryChainVerifiable() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Effacé", Scenario.FAMILY, 4))).decidedAndSent();
        Long campaignId = sql(() -> campaigns.getByCode(d.code).id);
        assertThat(sql(() -> decisionLedger.lines(campaignId)).stream().map(l -> l.actor)).contains(Tokens.ADMIN, Tokens.ADMIN_2);
        assertThat(sql(() -> scoreLedger.lines(campaignId)).stream().map(l -> l.actor)).contains(Tokens.EVALUATOR);

        int erased = scoreLedger.erase(campaignId) + decisionLedger.erase(campaignId) + admissibilityLedger.erase(campaignId);
        digests.erase(campaignId);
        assertThat(erased).isPositive();
        assertThat(scoreLedger.erase(campaignId) + decisionLedger.erase(campaignId) + admissibilityLedger.erase(campaignId))
                .as("effacer à nouveau ne change rien").isZero();

        JsonPath after = ledger(d.code);
        assertThat(after.getBoolean("allIntact")).as("la chaîne reste vérifiable après l’effacement").isTrue();
        for (String chain : List.of("admissibility", "evaluations", "decisions")) {
            assertThat(chain(after, chain).get("unverifiable")).isEqualTo(0);
        }
        List<LedgerLine> lines = sql(() -> List.<LedgerLine>copyOf(java.util.stream.Stream.of(scoreLedger.lines(campaignId),
                decisionLedger.lines(campaignId), admissibilityLedger.lines(campaignId)).flatMap(List::stream).toList()));
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.actor).isEqualTo(LedgerLine.ERASED);
            assertThat(l.actorDigest).hasSize(64);
        });
        assertThat(sql(() -> em.createNativeQuery("select count(*) from ledger_key where campaign_id = ?1")
                .setParameter(1, campaignId).getSingleResult())).as("la clé des empreintes est détruite")
                .isEqualTo(0L);
    }

    @Test
    void aClearActorChangedInTheTableShowsAgainstItsDigest() {
        Deliberation d = Deliberation.evaluated(1, null, List.of(general("Usurpé", Scenario.FAMILY, 4))).open();
        Long campaignId = sql(() -> campaigns.getByCode(d.code).id);
        sql(() -> em.createNativeQuery("update decision_ledger set actor = 'quelqu-un-d-autre' where campaign_id = ?1")
                .setParameter(1, campaignId).executeUpdate());
        Map<String, Object> decisions = chain(ledger(d.code), "decisions");
        assertThat(decisions.get("intact")).isEqualTo(false);
        assertThat(differences(decisions)).isNotEmpty().allSatisfy(diff -> {
            assertThat((String) diff.get("field")).startsWith("compte de la ligne");
            assertThat(diff.get("liveValue")).isEqualTo("quelqu-un-d-autre");
        });
    }

    private static JsonPath ledger(String code) {
        return as(Tokens.ADMIN).get("/api/campaigns/" + code + "/ledger").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> chain(JsonPath report, String chain) {
        List<Map<String, Object>> chains = report.getList("chains");
        return chains.stream().filter(c -> chain.equals(c.get("chain"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> differences(Map<String, Object> chain) {
        return (List<Map<String, Object>>) chain.get("differences");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> heads(Map<String, Object> chain) {
        return (List<Map<String, Object>>) chain.get("heads");
    }

    private static <T> T sql(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
