package fr.amiengine.support;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.workflow.ProcessVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign whose files have all been evaluated, reached through the API: a general track with a few seats, a
 * financed track with two seats and a budget of 500 000 €, two families. Each file is scored the same by both
 * members, so that its score out of 100 is the score given × 20. Files alternate between candidates A and B; B's files
 * agree to publish their contact on the panorama, A's do not.
 */
public final class Deliberation {

    public static final String GENERAL = Scenario.TRACK;
    public static final String FINANCED = Scenario.TRACK_WITH_BUDGET;

    /** A file to create: its track, family, requested amount (financed track only) and score (0–5). */
    public record FileSpec(String name, String track, String family, Long amount, double score) {
    }

    public final String code;
    public final Committee committee;
    /** The references, by the name given in the spec. */
    public final Map<String, String> files = new LinkedHashMap<>();

    private Deliberation(String code, Committee committee) {
        this.code = code;
        this.committee = committee;
    }

    public static FileSpec general(String name, String family, double score) {
        return new FileSpec(name, GENERAL, family, null, score);
    }

    public static FileSpec financed(String name, String family, long amount, double score) {
        return new FileSpec(name, FINANCED, family, amount, score);
    }

    /**
     * @param generalSeats    seats of the general track
     * @param assistantsMin   the least laureates of the « Assistants » family, or null
     */
    public static Deliberation evaluated(int generalSeats, Integer assistantsMin, List<FileSpec> specs) {
        String code = Scenario.uniqueCode("DELIB");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> campaign = Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20)));
        campaign.put("tracks", List.of(
                Map.of("code", GENERAL, "label", "Volet général", "seats", generalSeats),
                Map.of("code", FINANCED, "label", "Accompagnement financé", "seats", 2, "budgetEuros", 500_000)));
        Map<String, Object> assistants = new HashMap<>(Map.of("code", "ASSISTANTS", "label", "Assistants conversationnels"));
        if (assistantsMin != null) {
            assistants.put("minRetained", assistantsMin);
        }
        campaign.put("families", List.of(Map.of("code", Scenario.FAMILY, "label", "Traitement automatique de documents"),
                assistants));
        as(Tokens.ADMIN).body(campaign).post("/api/campaigns").then().statusCode(201);
        assertThat(Scenario.processes().openCampaign(code)).isTrue();
        Scenario.organisations();
        Map<String, Double> scores = new HashMap<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            FileSpec spec = specs.get(i);
            String candidate = i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B;
            Map<String, Object> form = Scenario.completeForm();
            form.put("trackCode", spec.track());
            form.put("familyCode", spec.family());
            form.put("solutionName", spec.name());
            if (candidate.equals(Tokens.CANDIDATE_B)) {
                form.put("contact", Map.of("name", "Dominique Bernard", "email", "dominique.bernard@beta-data.example",
                        "publishOnPanorama", true));
            }
            if (spec.amount() != null) {
                form.put("requestedAmountEuros", spec.amount());
            }
            String reference = Scenario.draft(candidate, code, form);
            Scenario.attachPdf(candidate, reference);
            as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                    .then().statusCode(200);
            references.add(reference);
            scores.put(reference, spec.score());
        }
        assertThat(Scenario.processes().closeCampaign(code)).isTrue();
        Committee committee = Committee.attach(code, references).startEvaluation()
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        Deliberation deliberation = new Deliberation(code, committee);
        for (int i = 0; i < specs.size(); i++) {
            String reference = references.get(i);
            committee.score(Tokens.EVALUATOR, reference, scores.get(reference));
            committee.score(Tokens.EVALUATOR_2, reference, scores.get(reference));
            deliberation.files.put(specs.get(i).name(), reference);
        }
        return deliberation;
    }

    public String ref(String name) {
        return files.get(name);
    }

    /** Opens the deliberation as the first administrator: the proposal is computed at once. */
    public Deliberation open() {
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/deliberation").then().statusCode(204);
        return this;
    }

    /**
     * Opens the deliberation, submits the proposal as it is (first administrator), approves it (second administrator),
     * then runs the jobs that finalise the decisions, write and send every letter and write the minutes: the campaign
     * waits for its publication.
     */
    public Deliberation decidedAndSent() {
        open();
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/decisions/submit").then().statusCode(200);
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + code + "/decisions/approve").then()
                .statusCode(200);
        committee.runCampaignJob(ProcessVariables.TASK_FINALISE_DECISIONS);
        for (String file : files.values()) {
            committee.runJob(file, ProcessVariables.TASK_WRITE_DECISION_LETTER);
            committee.runJob(file, ProcessVariables.TASK_SEND_DECISION_LETTER);
        }
        committee.runCampaignJob(ProcessVariables.TASK_WRITE_MINUTES);
        return this;
    }

    /** The outcome of each file in the deliberation, by the name given in the spec. */
    public Map<String, String> outcomes() {
        List<Map<String, Object>> lines = as(Tokens.ADMIN).get("/api/campaigns/" + code + "/selection").then().statusCode(200)
                .extract().path("files");
        Map<String, String> byName = new LinkedHashMap<>();
        files.forEach((name, reference) -> lines.stream().filter(l -> reference.equals(l.get("reference"))).findFirst()
                .ifPresent(l -> byName.put(name, (String) l.get("outcome"))));
        return byName;
    }
}
