package fr.amiengine.workshops;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@code Process_WorkshopReminder}: the day before, every registrant (and only they) receives the reminder
 * with the session's .ics, once even if the step runs again; a cancellation interrupts the process and tells every
 * registrant why. The timers and the asynchronous steps are run in place of the job executor.
 */
@QuarkusTest
class WorkshopReminderProcessTest {

    @Inject
    ProcessEngine engine;

    @Inject
    WorkshopMails mails;

    @Test
    void theDayBeforeEachRegistrantGetsTheReminderOnce() throws Exception {
        Workshops.laureates();
        String title = "Rappel " + Scenario.uniqueCode("R");
        long id = Workshops.schedule(title, 19, 10);
        String key = Workshop.businessKey(id);
        Job eve = engine.getManagementService().createJobQuery().processInstanceId(instance(key))
                .activityId(ProcessVariables.TIMER_WORKSHOP_EVE).singleResult();
        assertThat(eve.getDuedate().toInstant()).isEqualTo(as(Tokens.ADMIN).get("/api/workshops/" + id).then().extract()
                .jsonPath().getString("startsAt").transform(java.time.Instant::parse).minus(WorkshopService.REMINDER_LEAD));
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(201);
        as(Tokens.CANDIDATE_B).post("/api/workshops/" + id + "/registration").then().statusCode(201);
        as(Tokens.CANDIDATE_B).delete("/api/workshops/" + id + "/registration").then().statusCode(204);
        String emailA = registrantEmail(id);

        assertThat(Scenario.processes().run(key, ProcessVariables.TIMER_WORKSHOP_EVE)).isEqualTo(1);
        assertThat(Scenario.processes().run(key, ProcessVariables.TASK_SEND_WORKSHOP_REMINDERS)).isEqualTo(1);

        List<MimeMessage> reminder = GreenMailTestResource.receivedBy(emailA, "Rappel\u00a0: atelier «\u00a0" + title);
        assertThat(reminder).hasSize(1);
        assertThat(GreenMailTestResource.text(reminder.get(0))).contains("Bercy").contains("/ateliers").contains("10:00–11:30");
        VEvent event = event(reminder.get(0));
        assertThat(event.getUid().orElseThrow().getValue()).startsWith("atelier-" + id + "@");
        // the one who gave the seat back is not reminded
        assertThat(GreenMailTestResource.received(title)).hasSize(1);

        // run again (a job retried after a crash): nothing is sent twice
        mails.sendReminders(id);
        assertThat(GreenMailTestResource.receivedBy(emailA, title)).hasSize(1);

        assertThat(Scenario.processes().run(key, ProcessVariables.TIMER_WORKSHOP_STARTS)).isEqualTo(1);
        assertEnded(key, "End_WorkshopHeld");
    }

    @Test
    void aCancellationTellsEveryRegistrantWhyAndStopsTheReminder() throws Exception {
        Workshops.laureates();
        String title = "Annulation " + Scenario.uniqueCode("R");
        long id = Workshops.schedule(title, 20, 10);
        String key = Workshop.businessKey(id);
        as(Tokens.CANDIDATE_A).post("/api/workshops/" + id + "/registration").then().statusCode(201);
        String emailA = registrantEmail(id);
        as(Tokens.ADMIN).body(Map.of("reason", "Salle indisponible ce jour-là")).post("/api/workshops/" + id + "/cancellation").then()
                .statusCode(200);

        assertThat(Scenario.processes().run(key, ProcessVariables.TASK_SEND_WORKSHOP_CANCELLATION)).isEqualTo(1);

        List<MimeMessage> notice = GreenMailTestResource.receivedBy(emailA, "Atelier annulé");
        assertThat(notice).filteredOn(m -> GreenMailTestResource.subject(m).contains(title)).hasSize(1);
        assertThat(GreenMailTestResource.text(notice.stream().filter(m -> GreenMailTestResource.subject(m).contains(title))
                .findFirst().orElseThrow())).contains("Salle indisponible ce jour-là");
        assertEnded(key, "End_WorkshopCancelled");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId()).count()).isZero();
        // the cancellation's notice carries the same event, marked cancelled
        VEvent cancelled = event(notice.stream().filter(m -> GreenMailTestResource.subject(m).contains(title)).findFirst()
                .orElseThrow());
        assertThat(cancelled.getUid().orElseThrow().getValue()).startsWith("atelier-" + id + "@");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        // a reminder step run anyway (a job left from before) sends nothing for a cancelled session
        mails.sendReminders(id);
        assertThat(GreenMailTestResource.received("Rappel\u00a0: atelier «\u00a0" + title)).isEmpty();
    }

    private static String registrantEmail(long id) {
        String email = as(Tokens.ADMIN).get("/api/workshops/" + id + "/registrations").then().statusCode(200).extract()
                .path("find { it.username == '" + Tokens.CANDIDATE_A + "' }.email");
        assertThat(email).as("adresse de candidat1").isNotBlank();
        return email;
    }

    private String instance(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    }

    private void assertEnded(String key, String endId) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(key).singleResult().getId())
                .activityId(endId).count()).isEqualTo(1);
    }

    private static VEvent event(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertThat(part.getContentType()).contains("method=PUBLISH");
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(in);
                    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
                    return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).findFirst()
                            .orElseThrow();
                }
            }
        }
        throw new AssertionError("pas d’événement .ics joint");
    }
}
