package fr.amiengine.submission;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatureApiTest {

    @Inject
    WorkflowService workflow;

    @Inject
    ProcessEngine engine;

    @Inject
    EntityManager entityManager;

    private String campaign;

    @BeforeEach
    void openCampaignWithTwoOrganisations() {
        campaign = Scenario.openCampaign();
        Scenario.organisations();
    }

    @Test
    void createsADraftWithAHumanReference() {
        as(Tokens.CANDIDATE_A).body(Map.of("solutionName", "LexIA"))
                .post("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(201)
                .header("Location", containsString("/api/candidatures/" + campaign + "-"))
                .body("reference", matchesPattern(campaign + "-\\d{4}"))
                .body("state", equalTo("DRAFT"))
                .body("organisation.siren", equalTo(Scenario.SIREN_A))
                .body("solutionName", equalTo("LexIA"))
                .body("history[0].toState", equalTo("DRAFT"));
    }

    @Test
    void savesTheFormAsADraftThatCanBeResumed() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of());

        as(Tokens.CANDIDATE_A).body(Scenario.completeForm()).put("/api/candidatures/" + reference)
                .then().statusCode(200)
                .body("state", equalTo("DRAFT"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().statusCode(200)
                .body("trackCode", equalTo(Scenario.TRACK))
                .body("integration.deploymentModes", hasItems("SAAS", "ON_PREMISES"))
                .body("compliance.hostingLocation", equalTo("FRANCE"))
                .body("contact.email", equalTo("camille.martin@alpha-ia.example"));
        as(Tokens.CANDIDATE_A).get("/api/me/candidatures").then().statusCode(200)
                .body("reference", hasItem(reference));
    }

    @Test
    void refusesAnUnknownTrackOrABadEmailWithoutSavingIt() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of("solutionName", "Avant"));

        as(Tokens.CANDIDATE_A).body(Map.of("trackCode", "INEXISTANT", "solutionName", "Après"))
                .put("/api/candidatures/" + reference)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("trackCode"));
        as(Tokens.CANDIDATE_A).body(Map.of("contact", Map.of("email", "pas-une-adresse"), "solutionName", "Après"))
                .put("/api/candidatures/" + reference)
                .then().statusCode(422)
                .body("errors.find { it.field == 'contact.email' }.message", containsString("adresse électronique"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("solutionName", equalTo("Avant"));
    }

    @Test
    void submitsACompleteFileWhichThenWaitsForTheAdmissibilityReview() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedAt", not(nullValue()))
                .body("attachments", hasSize(1))
                .body("attachments[0].pageCount", equalTo(2));
    }

    @Test
    void refusesASubmissionWithoutThePdfTheAttachmentsPageAsksFor() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("incomplète"))
                .body("errors.field", equalTo(List.of("file")))
                .body("errors[0].message", containsString("PDF"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("DRAFT")).body("submittedAt", nullValue());
    }

    @Test
    void refusesAnIncompleteSubmissionFieldByFieldAndKeepsTheDraft() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of("solutionName", "LexIA"));

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("incomplète"))
                .body("errors.field", hasItems("trackCode", "familyCode", "summary", "compliance.hostingLocation",
                        "contact.email"))
                .body("errors.field", not(hasItem("solutionName")));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void rejectsEmptyValuesInListsAndAMissingBodyWithoutTouchingTheDraft() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());

        as(Tokens.CANDIDATE_A).body("{\"integration\": {\"deploymentModes\": [null]}}").put("/api/candidatures/" + reference)
                .then().statusCode(422).body("errors[0].message", equalTo("Mode de déploiement vide"));
        as(Tokens.CANDIDATE_A).put("/api/candidatures/" + reference)
                .then().statusCode(422).body("detail", containsString("corps de la requête"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("solutionName", equalTo("LexIA"));
    }

    @Test
    void twoSimultaneousSubmissionsGiveOneSubmissionAndOneRefusal() throws Exception {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);

        List<CompletableFuture<Integer>> submissions = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> as(Tokens.CANDIDATE_A)
                        .post("/api/candidatures/" + reference + "/submit").statusCode()))
                .toList();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> submission : submissions) {
            statuses.add(submission.get(60, TimeUnit.SECONDS));
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("history.toState", equalTo(List.of("DRAFT", "SUBMITTED")));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .isEqualTo(1);
    }

    @Test
    void thirtyTwoSimultaneousCreationsGetThirtyTwoDistinctReferencesAndNoError() throws Exception {
        long campaignVersion = campaignVersion();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<Response>> creations = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String user = i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B;
                String name = "Solution " + i;
                creations.add(clients.submit(() -> as(user).body(Map.of("solutionName", name))
                        .post("/api/campaigns/" + campaign + "/candidatures")));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<String> references = new HashSet<>();
            for (Future<Response> creation : creations) {
                Response response = creation.get(120, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 201) {
                    references.add(response.jsonPath().getString("reference"));
                }
            }

            assertThat(statuses).as("statuts des 32 créations").containsOnly(201);
            assertThat(references).hasSize(32).allMatch(reference -> reference.matches(campaign + "-\\d{4}"));
            assertThat(campaignVersion()).as("la création d’un brouillon n’écrit pas la ligne de la campagne")
                    .isEqualTo(campaignVersion);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void referencesGoOnPastNineThousandNineHundredNinetyNine() {
        setReferenceCounter(9_998);

        String last4 = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of("solutionName", "Quatre chiffres"));
        String first5 = Scenario.draft(Tokens.CANDIDATE_B, campaign, Map.of("solutionName", "Cinq chiffres"));

        assertThat(last4).isEqualTo(campaign + "-9999");
        assertThat(first5).isEqualTo(campaign + "-10000");
        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + first5).then().statusCode(200)
                .body("solutionName", equalTo("Cinq chiffres"));
    }

    private long campaignVersion() {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select version from campaign where code = :code")
                .setParameter("code", campaign).getSingleResult())).longValue();
    }

    private void setReferenceCounter(int value) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update campaign_reference set last_number = :value"
                        + " where campaign_id = (select id from campaign where code = :code)")
                .setParameter("value", value).setParameter("code", campaign).executeUpdate());
    }

    @Test
    void requiresAnAmountWithinTheBudgetOnATrackThatHasOne() {
        Map<String, Object> form = Scenario.completeForm();
        form.put("trackCode", Scenario.TRACK_WITH_BUDGET);
        form.put("requestedAmountEuros", 900_000);
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, form);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(422)
                .body("errors.find { it.field == 'requestedAmountEuros' }.message", containsString("dépasse le budget"));
    }

    @Test
    void aSecondSubmitChangesNothing() {
        String reference = Scenario.submitted(campaign);
        int events = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().extract().path("history.size()");

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a déjà été soumise"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("SUBMITTED"))
                .body("history", hasSize(events));
    }

    @Test
    void anotherOrganisationCanNeitherReadNorChangeAFile() {
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of("solutionName", "Secret A"));

        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + reference)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Aucune candidature n’a la référence «\u00a0" + reference + "\u00a0»."))
                .body("detail", not(containsString("Secret A")));
        as(Tokens.CANDIDATE_B).body(Map.of("solutionName", "Piraté")).put("/api/candidatures/" + reference)
                .then().statusCode(404);
        as(Tokens.CANDIDATE_B).post("/api/candidatures/" + reference + "/submit").then().statusCode(404);
        as(Tokens.CANDIDATE_B).post("/api/candidatures/" + reference + "/withdraw").then().statusCode(404);
        as(Tokens.CANDIDATE_B).get("/api/me/candidatures").then().statusCode(200)
                .body("reference", not(hasItem(reference)));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("solutionName", equalTo("Secret A"))
                .body("state", equalTo("DRAFT"));
    }

    @Test
    void aFileThatIsNotYoursAnswersExactlyLikeAFileThatDoesNotExist() {
        // given a file of organisation A, and a reference nobody holds
        String reference = Scenario.submitted(campaign);
        String unknown = campaign + "-9999";
        List<String[]> requests = List.of(
                new String[] {"GET", "/api/candidatures/%s", null},
                new String[] {"PUT", "/api/candidatures/%s", "{\"solutionName\":\"Piraté\"}"},
                new String[] {"POST", "/api/candidatures/%s/submit", null},
                new String[] {"POST", "/api/candidatures/%s/withdraw", "{}"},
                new String[] {"GET", "/api/candidatures/%s/attachments/1", null},
                new String[] {"GET", "/api/candidatures/%s/receipt.pdf", null},
                new String[] {"GET", "/api/candidatures/%s/decision.pdf", null});

        for (String caller : List.of(Tokens.CANDIDATE_B, Tokens.EVALUATOR)) {
            for (String[] r : requests) {
                // when the caller who is not entitled asks for both
                io.restassured.response.Response existing = send(caller, r, reference);
                io.restassured.response.Response missing = send(caller, r, unknown);

                // then the answers differ only by the reference they repeat
                String what = caller + " " + r[0] + " " + r[1];
                assertThat(existing.statusCode()).as(what).isEqualTo(missing.statusCode());
                assertThat(existing.statusCode()).as(what).isIn(403, 404);
                assertThat(String.valueOf(existing.jsonPath().getString("detail")).replace(reference, "REF")).as(what)
                        .isEqualTo(String.valueOf(missing.jsonPath().getString("detail")).replace(unknown, "REF"));
            }
        }
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void refusesAControlCharacterInATextFieldNamingItAndKeepsTheFile() {
        // given a draft
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of("solutionName", "Avant"));

        // when a text field holds a NUL byte, at the top level or nested
        as(Tokens.CANDIDATE_A).body("{\"solutionName\":\"Lex\\u0000IA\"}").put("/api/candidatures/" + reference)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("solutionName"))
                .body("detail", containsString("caractère de contrôle"));
        as(Tokens.CANDIDATE_A).body("{\"contact\":{\"name\":\"Camille\\u0007\"}}").put("/api/candidatures/" + reference)
                .then().statusCode(422).body("errors[0].field", equalTo("contact.name"));
        as(Tokens.CANDIDATE_A).body("{\"solutionName\":\"X\\u0000\"}").post("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(422).body("errors[0].field", equalTo("solutionName"));

        // then nothing changed; a line break in a long text is still welcome
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("solutionName", equalTo("Avant"));
        as(Tokens.CANDIDATE_A).body(Map.of("summary", "Ligne 1\r\n\tLigne 2")).put("/api/candidatures/" + reference)
                .then().statusCode(200).body("summary", equalTo("Ligne 1\r\n\tLigne 2"));
    }

    @Test
    void refusesAControlCharacterInAQueryParameterNamingIt() {
        as(Tokens.ADMIN).queryParam("family", "DOC\u0000").get("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("family"));
    }

    private static io.restassured.response.Response send(String caller, String[] request, String reference) {
        var spec = as(caller);
        if (request[2] != null) {
            spec.body(request[2]);
        }
        return spec.request(request[0], request[1].formatted(reference));
    }

    @Test
    void rejectsAnUnknownStateFilterInFrench() {
        as(Tokens.ADMIN).get("/api/campaigns/" + campaign + "/candidatures?state=ACCEPTED")
                .then().statusCode(422).body("errors[0].field", equalTo("state"));
    }

    @Test
    void aCandidateWithoutOrganisationIsAskedToDeclareItFirst() {
        as(Tokens.CANDIDATE_NEW).get("/api/me/organisation").then().statusCode(404);
        as(Tokens.CANDIDATE_NEW).body(Map.of()).post("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(409).body("detail", containsString("déclarez votre organisation"));
    }

    @Test
    void withdrawsASubmittedFileAndStopsItsProcess() {
        String reference = Scenario.submitted(campaign);

        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Solution rachetée")).post("/api/candidatures/" + reference + "/withdraw")
                .then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"))
                .body("history[-1].note", equalTo("Solution rachetée"));

        org.assertj.core.api.Assertions.assertThat(workflow.isRunning(reference, "Process_Candidature")).isFalse();
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/withdraw")
                .then().statusCode(409).body("detail", containsString("ne peut plus être retirée"));
    }

    @Test
    void unknownReferencesAndPathsAreFrenchProblems() {
        as(Tokens.CANDIDATE_A).get("/api/candidatures/AMI-0000-9999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("AMI-0000-9999"));
        as(Tokens.CANDIDATE_A).get("/api/nulle-part").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Ressource introuvable"));
    }
}
