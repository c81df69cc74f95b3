package fr.amiengine.campaign;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.shared.ServerClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignApiTest {

    @Inject
    ProcessEngine engine;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void createsADraftWithTheDefaultGridAndTimersOnItsDates() {
        String code = Scenario.uniqueCode("GRILLE");
        Instant opening = now.plus(Duration.ofDays(3));

        as(Tokens.ADMIN).body(Scenario.campaign(code, opening, now.plus(Duration.ofDays(40))))
                .post("/api/campaigns")
                .then().statusCode(201)
                .header("Location", containsString("/api/campaigns/" + code))
                .body("state", equalTo("DRAFT"))
                .body("evaluatorsPerFile", equalTo(2))
                .body("criteria.key", hasItems("IMPACT", "MATURITY", "INTEGRABILITY", "COMPLIANCE"))
                .body("criteria.weight", equalTo(List.of(25, 25, 25, 25)))
                .body("criteria[0].scaleMax", equalTo(5))
                .body("criteria[0].scaleStep", equalTo(0.5f))
                .body("tracks.code", hasItems(Scenario.TRACK, Scenario.TRACK_WITH_BUDGET))
                .body("gridFrozen", equalTo(false));

        assertThat(openingTimer(code).getDuedate()).isEqualTo(Date.from(opening));
    }

    @Test
    void keepsTheContactOfTheAdministrationRunningTheCall() {
        String code = Scenario.uniqueCode("CONTACT");

        as(Tokens.ADMIN).body(Scenario.campaign(code, now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(40))))
                .post("/api/campaigns").then().statusCode(201)
                .body("contact.service", equalTo(Scenario.CONTACT_SERVICE))
                .body("contact.email", equalTo(Scenario.CONTACT_EMAIL));

        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(200)
                .body("contact.email", equalTo(Scenario.CONTACT_EMAIL));
    }

    @Test
    void refusesAContactWithoutAValidAddressInFrench() {
        String code = Scenario.uniqueCode("CONTACT");
        Map<String, Object> body = Scenario.campaign(code, now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(40)));
        body.put("contact", Map.of("service", "", "email", "pas-une-adresse"));

        as(Tokens.ADMIN).body(body).post("/api/campaigns").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'contact.email' }.message", containsString("n’est pas valide"))
                .body("errors.find { it.field == 'contact.service' }.message", containsString("obligatoire"));

        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(404);
    }

    @Test
    void showsDraftsToAdministratorsOnly() {
        String code = Scenario.draftCampaign();

        anonymous().get("/api/campaigns").then().statusCode(200).body("code", not(hasItem(code)));
        as(Tokens.CANDIDATE_A).get("/api/campaigns/" + code).then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.ADMIN).get("/api/campaigns").then().statusCode(200).body("code", hasItem(code));
        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void publishesAnOpenCampaignAndItsGridToEverybody() {
        String code = Scenario.openCampaign();

        anonymous().get("/api/campaigns/" + code).then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("gridFrozen", equalTo(true))
                .body("criteria", hasSize(4));
        anonymous().get("/api/campaigns").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void refusesCampaignCreationToAnyoneButAnAdministrator() {
        String code = Scenario.uniqueCode("INTERDIT");
        Map<String, Object> body = Scenario.campaign(code, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));

        anonymous().body(body).post("/api/campaigns").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("authentifié"));
        as(Tokens.CANDIDATE_A).body(body).post("/api/campaigns").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("rôle"));
        as(Tokens.EVALUATOR).body(body).post("/api/campaigns").then().statusCode(403);

        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(404);
    }

    @Test
    void rejectsInconsistentDatesAndGridInFrenchWithoutCreatingAnything() {
        String code = Scenario.uniqueCode("INVALIDE");
        Map<String, Object> body = Scenario.campaign(code, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(2)));
        body.put("criteria", List.of(
                Map.of("key", "IMPACT", "weight", 40),
                Map.of("key", "MATURITY", "weight", 20, "threshold", 7),
                Map.of("key", "COMPLIANCE", "weight", 20)));

        as(Tokens.ADMIN).body(body).post("/api/campaigns")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", hasItems("closingAt", "criteria[1].threshold", "criteria"))
                .body("errors.message", hasItem("La clôture doit être postérieure à l’ouverture"));

        as(Tokens.ADMIN).get("/api/campaigns/" + code).then().statusCode(404);
    }

    @Test
    void rejectsMissingFieldsWithOneFrenchMessagePerField() {
        as(Tokens.ADMIN).body(Map.of("code", "x")).post("/api/campaigns")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "title", "openingAt", "closingAt", "tracks", "families"))
                .body("errors.find { it.field == 'title' }.message", equalTo("Le titre est obligatoire"));
    }

    @Test
    void rejectsMalformedJsonAndUnknownFields() {
        as(Tokens.ADMIN).body("{\"code\": ").post("/api/campaigns")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
        Map<String, Object> body = Scenario.campaign(Scenario.uniqueCode("INCONNU"), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        body.put("budgetTotal", 12);
        as(Tokens.ADMIN).body(body).post("/api/campaigns")
                .then().statusCode(400).body("detail", containsString("budgetTotal"));
    }

    @Test
    void refusesADuplicateCode() {
        String code = Scenario.draftCampaign();
        as(Tokens.ADMIN).body(Scenario.campaign(code, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))))
                .post("/api/campaigns")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("déjà le code"));
    }

    @Test
    void updatingADraftMovesItsOpeningTimer() {
        String code = Scenario.draftCampaign();
        Instant newOpening = now.plus(Duration.ofDays(10));
        Map<String, Object> body = Scenario.campaign(code, newOpening, now.plus(Duration.ofDays(60)));
        body.put("title", "Titre corrigé");

        as(Tokens.ADMIN).body(body).put("/api/campaigns/" + code)
                .then().statusCode(200).body("title", equalTo("Titre corrigé"));

        assertThat(openingTimer(code).getDuedate()).isEqualTo(Date.from(newOpening));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult())
                .extracting(p -> engine.getRuntimeService().getVariable(p.getId(), ProcessVariables.CLOSING_AT))
                .isEqualTo(now.plus(Duration.ofDays(60)).toString());
    }

    @Test
    void freezesTheGridOnceTheCampaignIsOpen() {
        String code = Scenario.openCampaign();
        Map<String, Object> body = Scenario.campaign(code, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)));
        body.put("criteria", List.of(
                Map.of("key", "IMPACT", "weight", 70),
                Map.of("key", "MATURITY", "weight", 10),
                Map.of("key", "INTEGRABILITY", "weight", 10),
                Map.of("key", "COMPLIANCE", "weight", 10)));

        as(Tokens.ADMIN).body(body).put("/api/campaigns/" + code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("figées"));

        anonymous().get("/api/campaigns/" + code).then().body("criteria.weight", equalTo(List.of(25, 25, 25, 25)));
    }

    @Test
    void freezesTheGridAtTheOpeningInstantEvenBeforeItsTimerRuns() {
        String code = Scenario.draftCampaign();
        Map<String, Object> body = Scenario.campaign(code, now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(30)));
        Instant opening = Instant.parse(as(Tokens.ADMIN).get("/api/campaigns/" + code).then().extract().path("openingAt"));
        QuarkusMock.installMockForType(new ServerClock() {
            @Override
            public Instant now() {
                return opening.plusSeconds(1);
            }
        }, ServerClock.class);

        as(Tokens.ADMIN).body(body).put("/api/campaigns/" + code).then().statusCode(409);
        Scenario.organisations();
        as(Tokens.CANDIDATE_A).body(Map.of()).post("/api/campaigns/" + code + "/candidatures")
                .then().statusCode(404);
    }

    @Test
    void rejectsGridNumbersTheGridCannotHold() {
        Map<String, Object> body = Scenario.campaign(Scenario.uniqueCode("PAS"), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        body.put("criteria", List.of(
                Map.of("key", "IMPACT", "weight", 25, "scaleStep", 0.125),
                Map.of("key", "MATURITY", "weight", 25),
                Map.of("key", "INTEGRABILITY", "weight", 25),
                Map.of("key", "COMPLIANCE", "weight", 1_000_000)));

        as(Tokens.ADMIN).body(body).post("/api/campaigns")
                .then().statusCode(422)
                .body("errors.field", hasItems("criteria[0].scaleStep", "criteria[3].weight"));
    }

    private Job openingTimer(String code) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(code).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(ProcessVariables.TIMER_CAMPAIGN_OPENS).singleResult();
    }
}
