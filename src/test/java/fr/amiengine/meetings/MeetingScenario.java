package fr.amiengine.meetings;

import static fr.amiengine.support.Api.as;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A published campaign whose three laureates meet buyers: « Alpha Un » and « Alpha Deux » of candidate A's
 * organisation, « Beta » of candidate B's. Built once per test JVM (a deliberation is slow); each test opens its own
 * days on it, so that no two tests share a slot.
 */
public final class MeetingScenario {

    private static MeetingScenario shared;

    public final String code;
    public final String alpha1;
    public final String alpha2;
    public final String beta;

    private MeetingScenario(Deliberation d) {
        this.code = d.code;
        this.alpha1 = d.ref("Alpha Un");
        this.alpha2 = d.ref("Alpha Deux");
        this.beta = d.ref("Beta");
    }

    public static synchronized MeetingScenario published() {
        if (shared == null) {
            Deliberation d = Deliberation.evaluated(3, null, List.of(Deliberation.general("Alpha Un", Scenario.FAMILY, 4.5),
                    Deliberation.general("Beta", Scenario.FAMILY, 4), Deliberation.general("Alpha Deux", Scenario.FAMILY, 3.5)))
                    .decidedAndSent();
            as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
            shared = new MeetingScenario(d);
        }
        return shared;
    }

    /** A day {@code daysAhead} days from now (Europe/Paris), at a place and by visio, with {@code slots} of 30 minutes from 9:00. */
    public static Map<String, Object> day(String code, int daysAhead, int slots) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignCode", code);
        body.put("date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(daysAhead).toString());
        body.put("place", "Salle Pierre-Mendès-France, 139 rue de Bercy, Paris");
        body.put("visioUrl", "https://visio.numerique.gouv.fr/rencontre-test");
        body.put("range", Map.of("from", "09:00", "to", java.time.LocalTime.of(9, 0).plusMinutes(30L * slots).toString(),
                "minutes", 30));
        return body;
    }

    /** Opens a day and returns its slots' ids, in order. */
    public static List<Integer> openDay(String code, int daysAhead, int slots) {
        return as(Tokens.ADMIN).body(day(code, daysAhead, slots)).post("/api/meetings/days").then().statusCode(201)
                .extract().path("slots.id");
    }

    public static Map<String, Object> request(Integer slotId, String laureate) {
        Map<String, Object> body = new HashMap<>();
        body.put("slotId", slotId);
        body.put("laureateReference", laureate);
        body.put("message", "Nous aimerions parler du déploiement dans nos services.");
        return body;
    }
}
