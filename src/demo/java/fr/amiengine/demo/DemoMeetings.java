package fr.amiengine.demo;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Roles;
import fr.amiengine.meetings.MeetingDayRequest;
import fr.amiengine.meetings.MeetingService;
import fr.amiengine.shared.FrenchFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The demo's meeting day (issue #16): three weeks ahead, on AMI-IA-2024, at the ministry and by visio, eight slots of
 * thirty minutes. It exists before the campaign is published, which the administrator does during the demo; from then
 * on `acheteur` sees its laureates and their free slots at /rencontres.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class DemoMeetings {

    private static final Actor ADMIN = new Actor(RealmAccounts.ADMIN.subject(), RealmAccounts.ADMIN.username(),
            Set.of(Roles.ADMIN), null);

    @Inject
    MeetingService meetings;

    /** Opens the day; called once by {@link DemoDataSeeder}, after AMI-IA-2024 is seeded. */
    public void seed(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, FrenchFormat.PARIS).plusWeeks(3);
        meetings.createDay(ADMIN, new MeetingDayRequest(DemoCampaigns.CAMPAIGN_2024, day,
                "Rencontres acheteurs publics – lauréats AMI-IA-2024",
                "Ministère de l’Économie, 139 rue de Bercy, 75012 Paris (salle Pierre-Mendès-France)",
                "https://visio.numerique.gouv.fr/ami-ia-2024-rencontres", null,
                new MeetingDayRequest.Range(LocalTime.of(9, 30), LocalTime.of(13, 30), 30)));
    }
}
