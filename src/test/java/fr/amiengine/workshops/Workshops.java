package fr.amiengine.workshops;

import static fr.amiengine.support.Api.as;

import fr.amiengine.meetings.MeetingScenario;
import fr.amiengine.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The workshops' test data: sessions scheduled by an administrator, and laureates to register (candidates A and B,
 * whose organisations have retained files in the published campaign of {@link MeetingScenario}).
 */
final class Workshops {

    private Workshops() {
    }

    /** Makes candidates A and B laureates of a published campaign (built once per test JVM). */
    static void laureates() {
        MeetingScenario.published();
    }

    /** A session {@code daysAhead} days from now at 10:00 (Paris), at a place and by visio. */
    static Map<String, Object> session(String title, int daysAhead, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("theme", "PROCUREMENT");
        body.put("description", "Les procédures et les seuils de la commande publique.");
        body.put("date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(daysAhead).toString());
        body.put("start", "10:00");
        body.put("minutes", 90);
        body.put("place", "Salle Pierre-Mendès-France, 139 rue de Bercy, Paris");
        body.put("visioUrl", "https://visio.numerique.gouv.fr/atelier-test");
        body.put("capacity", capacity);
        return body;
    }

    /** Schedules a session and returns its id. */
    static long schedule(String title, int daysAhead, int capacity) {
        Number id = as(Tokens.ADMIN).body(session(title, daysAhead, capacity)).post("/api/workshops").then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }
}
