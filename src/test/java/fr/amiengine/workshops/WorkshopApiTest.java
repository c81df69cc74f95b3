package fr.amiengine.workshops;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The workshops through the API: scheduling with its refusals, registration within the capacity, unregistering,
 * cancellation, who may see and register, and the session's .ics read back with ical4j.
 */
@QuarkusTest
class WorkshopApiTest {

    @Test
    void aLaureateRegistersOnceAndTheSeatsLeftFollow() {
        Workshops.laureates();
        long id = Workshops.schedule("Achat public " + Scenario.uniqueCode("W"), 12, 5);

        as(Tokens.CANDIDATE_A).get("/api/workshops").then().statusCode(200)
                .body("find { it.id == " + id + " }.seatsLeft", equalTo(5))
                .body("find { it.id == " + id + " }.registered", equalTo(false))
                .body("find { it.id == " + id + " }.themeLabel", equalTo("Achat public"));
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(201)
                .body("registered", equalTo(true)).body("seatsLeft", equalTo(4)).body("taken", equalTo(1));
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("déjà inscrit"));
        as(Tokens.CANDIDATE_A).get("/api/workshops/" + id).then().statusCode(200)
                .body("registered", equalTo(true)).body("seatsLeft", equalTo(4));
        // another laureate's view of the same session: not registered, the same seats left
        as(Tokens.CANDIDATE_B).get("/api/workshops/" + id).then().statusCode(200)
                .body("registered", equalTo(false)).body("seatsLeft", equalTo(4));
        as(Tokens.ADMIN).get("/api/workshops/" + id + "/registrations").then().statusCode(200)
                .body("username", equalTo(List.of(Tokens.CANDIDATE_A)))
                .body("organisation[0]", equalTo("Alpha IA (tests)"));

        as(Tokens.CANDIDATE_A).delete("/api/workshops/" + id + "/registration").then().statusCode(204);
        as(Tokens.CANDIDATE_A).delete("/api/workshops/" + id + "/registration").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("pas inscrit"));
        as(Tokens.CANDIDATE_A).get("/api/workshops/" + id).then().body("registered", equalTo(false)).body("seatsLeft", equalTo(5));
        as(Tokens.ADMIN).get("/api/workshops/" + id + "/registrations").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aFullSessionRefusesUntilASeatIsGivenBack() {
        Workshops.laureates();
        long id = Workshops.schedule("Atelier d’une place " + Scenario.uniqueCode("W"), 13, 1);
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(201).body("full", equalTo(true));
        as(Tokens.CANDIDATE_B).post("/api/workshops/" + id + "/registration").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("complet"));
        as(Tokens.CANDIDATE_A).delete("/api/workshops/" + id + "/registration").then().statusCode(204);
        as(Tokens.CANDIDATE_B).post("/api/workshops/" + id + "/registration").then().statusCode(201);
        as(Tokens.ADMIN).get("/api/workshops/" + id + "/registrations").then().body("username", equalTo(List.of(Tokens.CANDIDATE_B)));
    }

    @Test
    void aCancelledSessionClosesItsRegistrationAndSaysWhy() {
        Workshops.laureates();
        long id = Workshops.schedule("Atelier annulé " + Scenario.uniqueCode("W"), 14, 10);
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(201);
        as(Tokens.ADMIN).body(Map.of("reason", " ")).post("/api/workshops/" + id + "/cancellation").then().statusCode(422)
                .contentType("application/problem+json");
        as(Tokens.ADMIN).get("/api/workshops/" + id).then().body("cancelled", equalTo(false));
        as(Tokens.ADMIN).body(Map.of("reason", "Intervenant indisponible")).post("/api/workshops/" + id + "/cancellation").then()
                .statusCode(200).body("cancelled", equalTo(true)).body("cancellationReason", equalTo("Intervenant indisponible"));
        as(Tokens.ADMIN).body(Map.of("reason", "Encore")).post("/api/workshops/" + id + "/cancellation").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("déjà annulé"));
        as(Tokens.CANDIDATE_B).post("/api/workshops/" + id + "/registration").then().statusCode(409)
                .body("detail", containsString("annulé"));
        as(Tokens.CANDIDATE_B).get("/api/workshops").then().body("find { it.id == " + id + " }.cancelled", equalTo(true));
    }

    @Test
    void onlyTheLaureatesMembersAndTheAdministratorsSeeTheCalendar() {
        Workshops.laureates();
        long id = Workshops.schedule("Souveraineté " + Scenario.uniqueCode("W"), 15, 10);
        String company = Scenario.candidateOfNewOrganisation("Start-up sans lauréat " + Scenario.uniqueCode("S"), "COMPANY");
        for (String user : List.of(company, Tokens.EVALUATOR)) {
            as(user).get("/api/workshops").then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("réservés aux membres des organisations lauréates"));
            as(user).post("/api/workshops/" + id + "/registration").then().statusCode(403);
        }
        // an administrator reads the calendar but, belonging to no laureate, does not register
        as(Tokens.ADMIN).get("/api/workshops").then().statusCode(200).body("id", hasItem((int) id));
        as(Tokens.ADMIN).post("/api/workshops/" + id + "/registration").then().statusCode(403);
        as(Tokens.CANDIDATE_A).get("/api/workshops/" + id + "/registrations").then().statusCode(403);
        as(Tokens.CANDIDATE_A).body(Workshops.session("Pas moi", 20, 3)).post("/api/workshops").then().statusCode(403);
        as(Tokens.CANDIDATE_A).get("/api/workshops/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badSessionsAreRefusedInFrenchAndNothingIsScheduled() {
        int before = as(Tokens.ADMIN).get("/api/workshops/all").then().statusCode(200).extract().path("size()");
        Map<String, Object> noPlace = Workshops.session("Sans lieu", 10, 5);
        noPlace.remove("place");
        noPlace.remove("visioUrl");
        Map<String, Object> past = Workshops.session("Hier", -1, 5);
        Map<String, Object> today = Workshops.session("Aujourd’hui", 0, 5);
        Map<String, Object> http = Workshops.session("Visio en clair", 10, 5);
        http.put("visioUrl", "http://visio.example/atelier");
        Map<String, Object> noSeat = Workshops.session("Sans place", 10, 0);
        Map<String, Object> tooLong = Workshops.session("Trop long", 10, 5);
        tooLong.put("minutes", 600);
        Map<String, Object> noTitle = Workshops.session(" ", 10, 5);
        for (Map<String, Object> body : List.of(noPlace, past, today, http, noSeat, tooLong, noTitle)) {
            as(Tokens.ADMIN).body(body).post("/api/workshops").then().statusCode(422).contentType("application/problem+json");
        }
        Map<String, Object> badTheme = Workshops.session("Thème inconnu", 10, 5);
        badTheme.put("theme", "CUISINE");
        Map<String, Object> badDate = Workshops.session("Date illisible", 10, 5);
        badDate.put("date", "31/02/2027");
        for (Map<String, Object> body : List.of(badTheme, badDate)) {
            int status = as(Tokens.ADMIN).body(body).post("/api/workshops").then().contentType("application/problem+json")
                    .extract().statusCode();
            assertThat(status).isBetween(400, 422);
        }
        as(Tokens.ADMIN).body("{").post("/api/workshops").then().statusCode(400).contentType("application/problem+json");
        as(Tokens.ADMIN).get("/api/workshops/all").then().body("size()", equalTo(before));
    }

    @Test
    void theSessionIsAnICalendarEventInParisTime() throws Exception {
        Workshops.laureates();
        long id = Workshops.schedule("Agenda " + Scenario.uniqueCode("W"), 16, 10);
        String ics = as(Tokens.CANDIDATE_A).get("/api/workshops/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Content-Disposition", containsString("atelier-" + id + ".ics"))
                .extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        VEvent event = calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).findFirst()
                .orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).startsWith("atelier-" + id + "@");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(16);
        assertThat(ZonedDateTime.from(event.getStartDate().orElseThrow().getDate()).toInstant())
                .isEqualTo(LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()).toInstant())
                .isEqualTo(LocalDateTime.of(day, LocalTime.of(11, 30)).atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Bercy");
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
    }
}
