package fr.amiengine.meetings;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@code Process_MeetingRequest}: accepted (each party receives the .ics invitation, read back with
 * ical4j), declined (the buyer is told), expired unanswered (the slot is freed, the buyer is told). The timer and the
 * asynchronous steps are run in place of the job executor.
 */
@QuarkusTest
class MeetingProcessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ProcessEngine engine;

    @Inject
    MeetingBookingRepository bookings;

    @Test
    void anAcceptedRequestSendsEachPartyTheSameInvitation() throws Exception {
        MeetingScenario s = MeetingScenario.published();
        List<Integer> slots = MeetingScenario.openDay(s.code, 27, 3);
        String buyer = Scenario.newVerifiedBuyer("Ville " + Scenario.uniqueCode("V"));
        Number id = as(buyer).body(MeetingScenario.request(slots.get(1), s.beta)).post("/api/meetings/requests").then()
                .statusCode(201).extract().path("id");
        as(Tokens.CANDIDATE_B).post("/api/meetings/requests/" + id + "/accept").then().statusCode(200);

        assertThat(Scenario.processes().run(Meeting.businessKey(id.longValue()), ProcessVariables.TASK_SEND_MEETING_INVITATIONS))
                .isEqualTo(1);

        String subject = "Rendez-vous confirmé\u00a0: Beta";
        List<MimeMessage> toBuyer = GreenMailTestResource.receivedBy(buyer + "@organisation.example", subject);
        List<MimeMessage> toLaureate = GreenMailTestResource.receivedBy("dominique.bernard@beta-data.example", subject);
        assertThat(toBuyer).hasSize(1);
        assertThat(toLaureate).hasSize(1);
        VEvent forBuyer = event(toBuyer.get(0));
        VEvent forLaureate = event(toLaureate.get(0));
        LocalDate day = LocalDate.now(PARIS).plusDays(27);
        assertThat(forBuyer.getUid().orElseThrow().getValue()).startsWith("rencontre-" + id + "@")
                .isEqualTo(forLaureate.getUid().orElseThrow().getValue());
        ZonedDateTime start = ZonedDateTime.from(forBuyer.getStartDate().orElseThrow().getDate());
        ZonedDateTime end = ZonedDateTime.from(forBuyer.getEndDate().orElseThrow().getDate());
        // the second slot, 9:30 to 10:00 in Paris, written with its time zone (TZID and the VTIMEZONE)
        assertThat(forBuyer.getStartDate().orElseThrow().getParameter(net.fortuna.ical4j.model.Parameter.TZID).orElseThrow()
                .getValue()).isEqualTo("Europe/Paris");
        assertThat(start.toInstant()).isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(9, 30)).atZone(PARIS).toInstant());
        assertThat(end.toInstant()).isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(PARIS).toInstant());
        assertThat(forBuyer.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Bercy");
        assertThat(forBuyer.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://visio.numerique.gouv.fr/rencontre-test");
        assertThat(forBuyer.getProperties(Property.ATTENDEE)).extracting(p -> ((Property) p).getValue())
                .contains("mailto:" + buyer + "@organisation.example", "mailto:dominique.bernard@beta-data.example");
        assertThat(forBuyer.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:" + Scenario.CONTACT_EMAIL);

        // the administrators' schedule shows who meets whom
        as(Tokens.ADMIN).get("/admin/rencontres/" + dayOf(id)).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Beta"));
    }

    @Test
    void aDeclinedRequestTellsTheBuyerWhy() {
        MeetingScenario s = MeetingScenario.published();
        Integer slot = MeetingScenario.openDay(s.code, 28, 1).get(0);
        String buyer = Scenario.newVerifiedBuyer("Région " + Scenario.uniqueCode("R"));
        Number id = as(buyer).body(MeetingScenario.request(slot, s.alpha1)).post("/api/meetings/requests").then().statusCode(201)
                .extract().path("id");
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Salon le même jour")).post("/api/meetings/requests/" + id + "/decline").then()
                .statusCode(200);
        assertThat(Scenario.processes().run(Meeting.businessKey(id.longValue()), ProcessVariables.TASK_SEND_MEETING_REFUSAL))
                .isEqualTo(1);
        List<MimeMessage> notice = GreenMailTestResource.receivedBy(buyer + "@organisation.example", "Rendez-vous refusé");
        assertThat(notice).hasSize(1);
        assertThat(GreenMailTestResource.text(notice.get(0))).contains("Salon le même jour").contains("/rencontres");
        assertEnded(id, "End_MeetingDeclined");
    }

    @Test
    void anUnansweredRequestExpiresBeforeTheDayAndFreesItsSlot() {
        MeetingScenario s = MeetingScenario.published();
        Integer slot = MeetingScenario.openDay(s.code, 29, 1).get(0);
        String buyer = Scenario.newVerifiedBuyer("Agence " + Scenario.uniqueCode("A"));
        Number id = as(buyer).body(MeetingScenario.request(slot, s.alpha2)).post("/api/meetings/requests").then().statusCode(201)
                .extract().path("id");
        String key = Meeting.businessKey(id.longValue());

        assertThat(Scenario.processes().run(key, ProcessVariables.TIMER_MEETING_ANSWER_DUE)).isEqualTo(1);

        as(buyer).get("/api/meetings/requests").then().statusCode(200).body("find { it.id == " + id + " }.state", equalTo("EXPIRED"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(bookings.countOfSlot(slot.longValue())).isZero());
        as(Tokens.CANDIDATE_A).post("/api/meetings/requests/" + id + "/accept").then().statusCode(409);
        assertThat(Scenario.processes().run(key, ProcessVariables.TASK_SEND_MEETING_EXPIRY)).isEqualTo(1);
        assertThat(GreenMailTestResource.receivedBy(buyer + "@organisation.example", "Demande de rendez-vous expirée")).hasSize(1);
        assertEnded(id, "End_MeetingExpired");
    }

    private void assertEnded(Number id, String endId) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(Meeting.businessKey(id.longValue())).singleResult().getId())
                .activityId(endId).count()).isEqualTo(1);
    }

    private Object dayOf(Number meetingId) {
        return as(Tokens.CANDIDATE_B).get("/api/meetings/invitations").then().extract()
                .path("find { it.id == " + meetingId + " }.dayId");
    }

    private static VEvent event(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertThat(part.getContentType()).contains("method=REQUEST");
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(in);
                    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
                    List<net.fortuna.ical4j.model.component.CalendarComponent> components = calendar.getComponents();
                    return components.stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).findFirst().orElseThrow();
                }
            }
        }
        throw new AssertionError("pas d’invitation .ics jointe");
    }
}
