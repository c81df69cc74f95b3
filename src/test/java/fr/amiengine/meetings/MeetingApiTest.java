package fr.amiengine.meetings;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The meetings' rules through the API: days, requests, answers, and what is refused. */
@QuarkusTest
class MeetingApiTest {

    @Test
    void anAdministratorOpensADayAndReadsItsSchedule() {
        MeetingScenario s = MeetingScenario.published();
        Number id = as(Tokens.ADMIN).body(MeetingScenario.day(s.code, 20, 4)).post("/api/meetings/days").then().statusCode(201)
                .body("slots", hasSize(4)).body("slots[0].start", equalTo("09:00")).body("slots[3].end", equalTo("11:00"))
                .body("published", equalTo(true)).extract().path("id");
        as(Tokens.ADMIN).get("/api/meetings/days/" + id).then().statusCode(200).body("rows", hasSize(4))
                .body("day.place", containsString("Bercy"));
        as(Tokens.ADMIN).get("/api/meetings/days").then().statusCode(200).body("id", hasItem(id.intValue()));
        as(Tokens.ADMIN).get("/admin/rencontres/" + id).then().statusCode(200).body(containsString("09:00–09:30"));
    }

    @Test
    void aBuyerRequestsTheLaureateAcceptsAndADeclineFreesTheSlot() {
        MeetingScenario s = MeetingScenario.published();
        List<Integer> slots = MeetingScenario.openDay(s.code, 21, 2);
        String buyer = Scenario.newVerifiedBuyer("Préfecture " + Scenario.uniqueCode("P"));
        String other = Scenario.newVerifiedBuyer("Mairie " + Scenario.uniqueCode("M"));

        // the buyer sees the laureates' free slots, asks the first one of Alpha Un
        as(buyer).get("/api/meetings/open").then().statusCode(200).body(containsString(s.alpha1));
        Number first = as(buyer).body(MeetingScenario.request(slots.get(0), s.alpha1)).post("/api/meetings/requests").then()
                .statusCode(201).body("state", equalTo("REQUESTED")).extract().path("id");
        // the laureate sees it; the other laureate cannot answer it; the laureate accepts
        as(Tokens.CANDIDATE_A).get("/api/meetings/invitations").then().statusCode(200).body("id", hasItem(first.intValue()));
        as(Tokens.CANDIDATE_B).post("/api/meetings/requests/" + first + "/accept").then().statusCode(404);
        as(Tokens.CANDIDATE_A).post("/api/meetings/requests/" + first + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        as(Tokens.CANDIDATE_A).post("/api/meetings/requests/" + first + "/accept").then().statusCode(409);
        // the laureate is taken in that slot, even for another buyer, and so is the buyer, even with another laureate
        as(other).body(MeetingScenario.request(slots.get(0), s.alpha2)).post("/api/meetings/requests").then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString("déjà un rendez-vous"));
        as(buyer).body(MeetingScenario.request(slots.get(0), s.beta)).post("/api/meetings/requests").then().statusCode(409);

        // a second request, declined with a reason: the slot is free again
        Number second = as(other).body(MeetingScenario.request(slots.get(1), s.beta)).post("/api/meetings/requests").then()
                .statusCode(201).extract().path("id");
        as(Tokens.CANDIDATE_B).body(Map.of("reason", "Équipe en déplacement ce jour-là")).post("/api/meetings/requests/" + second
                + "/decline").then().statusCode(200).body("state", equalTo("DECLINED"));
        as(other).get("/api/meetings/requests").then().statusCode(200).body("find { it.id == " + second + " }.answerReason",
                equalTo("Équipe en déplacement ce jour-là"));
        as(buyer).body(MeetingScenario.request(slots.get(1), s.beta)).post("/api/meetings/requests").then().statusCode(201);
        as(Tokens.ADMIN).get("/api/meetings/days").then().statusCode(200);
    }

    @Test
    void aCompanyOrAnUnverifiedAdministrationCannotRequest() {
        MeetingScenario s = MeetingScenario.published();
        List<Integer> slots = MeetingScenario.openDay(s.code, 22, 1);
        as(Tokens.CANDIDATE_B).body(MeetingScenario.request(slots.get(0), s.alpha1)).post("/api/meetings/requests").then()
                .statusCode(403).body("detail", containsString("administration"));
        String unverified = Scenario.candidateOfNewOrganisation("Administration " + Scenario.uniqueCode("U"), "ADMINISTRATION");
        as(unverified).body(MeetingScenario.request(slots.get(0), s.alpha1)).post("/api/meetings/requests").then()
                .statusCode(403).body("detail", containsString("vérifiée"));
        as(unverified).get("/api/meetings/open").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedIn422AndChangesNothing() {
        MeetingScenario s = MeetingScenario.published();
        int before = as(Tokens.ADMIN).get("/api/meetings/days").then().statusCode(200).extract().path("size()");
        Map<String, Object> nowhere = MeetingScenario.day(s.code, 23, 2);
        nowhere.remove("place");
        nowhere.remove("visioUrl");
        as(Tokens.ADMIN).body(nowhere).post("/api/meetings/days").then().statusCode(422).contentType(containsString("problem+json"))
                .body("detail", not(containsString("Exception")));
        Map<String, Object> past = MeetingScenario.day(s.code, -1, 2);
        as(Tokens.ADMIN).body(past).post("/api/meetings/days").then().statusCode(422);
        Map<String, Object> badVisio = MeetingScenario.day(s.code, 23, 2);
        badVisio.put("visioUrl", "javascript:alert(1)");
        as(Tokens.ADMIN).body(badVisio).post("/api/meetings/days").then().statusCode(422);
        Map<String, Object> backwards = MeetingScenario.day(s.code, 23, 2);
        backwards.put("range", Map.of("from", "12:00", "to", "09:00", "minutes", 30));
        as(Tokens.ADMIN).body(backwards).post("/api/meetings/days").then().statusCode(422);
        assertThat(as(Tokens.ADMIN).get("/api/meetings/days").then().extract().<Integer>path("size()")).isEqualTo(before);

        List<Integer> slots = MeetingScenario.openDay(s.code, 23, 1);
        String buyer = Scenario.newVerifiedBuyer("Rectorat " + Scenario.uniqueCode("R"));
        as(buyer).body(Map.of("laureateReference", s.alpha1)).post("/api/meetings/requests").then().statusCode(422);
        Map<String, Object> tooLong = MeetingScenario.request(slots.get(0), s.alpha1);
        tooLong.put("message", "x".repeat(2001));
        as(buyer).body(tooLong).post("/api/meetings/requests").then().statusCode(422);
        as(buyer).body(MeetingScenario.request(slots.get(0), "INCONNU-1")).post("/api/meetings/requests").then().statusCode(404);
        Map<String, Object> foreignNeed = MeetingScenario.request(slots.get(0), s.alpha1);
        foreignNeed.put("needReference", "BES-99999");
        as(buyer).body(foreignNeed).post("/api/meetings/requests").then().statusCode(404);
        as(buyer).get("/api/meetings/requests").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void refusesASlotTooCloseOrInThePastAndASlotOfAnUnpublishedCampaign() {
        MeetingScenario s = MeetingScenario.published();
        String buyer = Scenario.newVerifiedBuyer("Département " + Scenario.uniqueCode("D"));
        // tomorrow at 00:05: less than 24 hours ahead, the laureate could not answer in time
        Map<String, Object> tomorrow = MeetingScenario.day(s.code, 1, 1);
        tomorrow.put("range", Map.of("from", "00:05", "to", "00:35", "minutes", 30));
        Integer soon = as(Tokens.ADMIN).body(tomorrow).post("/api/meetings/days").then().statusCode(201).extract().path("slots[0].id");
        as(buyer).body(MeetingScenario.request(soon, s.alpha1)).post("/api/meetings/requests").then().statusCode(409)
                .body("detail", containsString("24 heures"));

        String unpublished = Scenario.openCampaign();
        Integer slot = MeetingScenario.openDay(unpublished, 24, 1).get(0);
        as(buyer).body(MeetingScenario.request(slot, s.alpha1)).post("/api/meetings/requests").then().statusCode(409)
                .body("detail", containsString("pas encore publié"));
        as(Tokens.ADMIN).body(MeetingScenario.day(Scenario.draftCampaign(), 24, 1)).post("/api/meetings/days").then().statusCode(409);
    }
}
