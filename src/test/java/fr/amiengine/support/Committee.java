package fr.amiengine.support;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.demo.RealmAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign in its evaluation stage, reached through the API as the administrators and the members would, with
 * the engine's jobs run in place of the job executor.
 */
public final class Committee {

    /** The realm's evaluators (login, as {@link Tokens} names them) and their e-mail addresses. */
    public static final Map<String, String> MEMBERS = new LinkedHashMap<>();

    static {
        RealmAccounts.EVALUATORS.forEach(member -> MEMBERS.put(member.username(), member.email()));
    }

    public final String code;
    public final List<String> files = new ArrayList<>();

    private Committee(String code) {
        this.code = code;
    }

    /**
     * A closed campaign whose files (half from organisation A, half from B) are all admissible.
     *
     * @param policy the disagreement policy ({@code ADDITIONAL_EVALUATOR} or {@code CONSENSUS})
     */
    public static Committee closed(int files, String policy) {
        return closed(files, policy, List.of());
    }

    /**
     * As {@link #closed(int, String)}, and one more admissible file from each of the
     * other candidates (accounts acting for organisations of their own), added last to {@link #files}.
     */
    public static Committee closed(int files, String policy, List<String> otherCandidates) {
        return closed(files, policy, otherCandidates, null);
    }

    /** As {@link #closed(int, String)}, with this grid ({@code criteria} of the campaign request) instead of the default. */
    public static Committee closedWithGrid(int files, String policy, List<Map<String, Object>> criteria) {
        return closed(files, policy, List.of(), criteria);
    }

    private static Committee closed(int files, String policy, List<String> otherCandidates, List<Map<String, Object>> criteria) {
        String code = Scenario.uniqueCode("COMITE");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> campaign = Scenario.campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(20)));
        campaign.put("disagreementPolicy", policy);
        if (criteria != null) {
            campaign.put("criteria", criteria);
        }
        as(Tokens.ADMIN).body(campaign).post("/api/campaigns").then().statusCode(201);
        assertThat(Scenario.processes().openCampaign(code)).isTrue();
        Committee committee = new Committee(code);
        Scenario.organisations();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            candidates.add(i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B);
        }
        candidates.addAll(otherCandidates);
        for (String candidate : candidates) {
            String reference = Scenario.draft(candidate, code, Scenario.completeForm());
            Scenario.attachPdf(candidate, reference);
            as(candidate).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
            as(Tokens.ADMIN).body(Map.of("outcome", "ADMISSIBLE")).post("/api/candidatures/" + reference + "/admissibility")
                    .then().statusCode(200);
            committee.files.add(reference);
        }
        assertThat(Scenario.processes().closeCampaign(code)).isTrue();
        return committee;
    }

    /** The committee of a closed campaign whose files someone else created. */
    public static Committee attach(String code, List<String> files) {
        Committee committee = new Committee(code);
        committee.files.addAll(files);
        return committee;
    }

    /** As {@link #closed}, then the administrator launches the evaluation (members are invited afterwards). */
    public static Committee inEvaluation(int files, String policy) {
        return closed(files, policy).startEvaluation();
    }

    /** Launches the evaluation and runs its asynchronous step, which proposes the assignment when it can. */
    public Committee startEvaluation() {
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/evaluation/start").then().statusCode(204);
        assertThat(Scenario.processes().startEvaluation(code)).as("étape asynchrone de lancement").isTrue();
        return this;
    }

    public Committee invite(String... members) {
        for (String member : members) {
            as(Tokens.ADMIN).body(Map.of("email", MEMBERS.get(member), "firstName", "Prénom", "lastName", "Nom",
                            "administration", "Ministère de " + member, "families", List.of(Scenario.FAMILY)))
                    .post("/api/campaigns/" + code + "/evaluators").then().statusCode(201);
        }
        return this;
    }

    /** Invites the holder of an address, from the named administration (returns the 201 answer's body). */
    public Map<String, Object> inviteAddress(String email, String administration) {
        return as(Tokens.ADMIN).body(Map.of("email", email, "firstName", "Prénom", "lastName", "Nom",
                        "administration", administration, "families", List.of(Scenario.FAMILY)))
                .post("/api/campaigns/" + code + "/evaluators").then().statusCode(201).extract().path("$");
    }

    public Committee declareNothing(String... members) {
        for (String member : members) {
            declare(member, List.of());
        }
        return this;
    }

    public Committee declare(String member, List<Map<String, Object>> links) {
        as(member).body(Map.of("links", links, "complete", true)).post("/api/me/committees/" + code + "/declaration")
                .then().statusCode(200);
        return this;
    }

    public Committee propose() {
        as(Tokens.ADMIN).post("/api/campaigns/" + code + "/assignments/auto").then().statusCode(200);
        return this;
    }

    /** Publishes the assignment with a due date in ten days, and runs the release step. */
    public Committee release() {
        as(Tokens.ADMIN).body(Map.of("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()))
                .post("/api/campaigns/" + code + "/assignments/release").then().statusCode(202);
        assertThat(Scenario.processes().releaseAssignments(code)).as("étape asynchrone de publication").isTrue();
        return this;
    }

    /** The assignment id of a member on a file, as that member lists it. */
    public Long assignmentOf(String member, String reference) {
        List<Map<String, Object>> mine = as(member).get("/api/me/assignments").then().statusCode(200).extract().path("$");
        return mine.stream().filter(a -> reference.equals(a.get("reference")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(member + " n’a pas le dossier " + reference));
    }

    /** The members who evaluate a file, as the administrators see the assignment. */
    public List<String> membersOf(String reference) {
        List<Map<String, Object>> files = as(Tokens.ADMIN).get("/api/campaigns/" + code + "/assignments").then().statusCode(200)
                .extract().path("files");
        return files.stream().filter(f -> reference.equals(f.get("reference"))).findFirst().map(f -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) f.get("evaluators");
            return lines.stream().filter(l -> !"RECUSED".equals(l.get("state"))).map(l -> (String) l.get("evaluator")).toList();
        }).orElse(List.of());
    }

    /** Scores every criterion with the same score, justified. */
    public static Map<String, Object> scores(double score) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CriterionKey criterion : CriterionKey.values()) {
            list.add(Map.of("criterion", criterion.name(), "score", score, "justification", "Justification de " + criterion.name()));
        }
        return Map.of("scores", list);
    }

    public void score(String member, String reference, double score) {
        Long assignment = assignmentOf(member, reference);
        as(member).body(scores(score)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(member).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);
    }

    public void runCampaignJob(String activity) {
        runJob(code, activity);
    }

    /** Runs the jobs of a process (by business key) waiting at an activity, as the job executor would. */
    public void runJob(String businessKey, String activity) {
        assertThat(Scenario.processes().run(businessKey, activity)).as("tâche en attente à " + activity).isPositive();
    }
}
