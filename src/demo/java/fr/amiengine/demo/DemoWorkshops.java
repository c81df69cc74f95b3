package fr.amiengine.demo;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.workshops.WorkshopRequest;
import fr.amiengine.workshops.WorkshopService;
import fr.amiengine.workshops.WorkshopTheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The demo's workshops (issue #16): one on public procurement two weeks ahead, at the ministry and by visio, and one
 * on digital sovereignty four weeks ahead, by visio. Once AMI-IA-2024 is published during the demo, its laureates
 * (`candidat2`'s Beta Data among them) register at /ateliers; `admin` sees the registrants at /admin/ateliers.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class DemoWorkshops {

    private static final Actor ADMIN = new Actor(RealmAccounts.ADMIN.subject(), RealmAccounts.ADMIN.username(),
            Set.of(Roles.ADMIN), null);

    @Inject
    WorkshopService workshops;

    /** Schedules the two sessions; called once by {@link DemoDataSeeder}. */
    public void seed(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FrenchFormat.PARIS);
        workshops.create(ADMIN, new WorkshopRequest("Répondre à un marché public\u00a0: procédures, seuils et centrales d’achat",
                WorkshopTheme.PROCUREMENT,
                "Les procédures du code de la commande publique, les seuils, l’accord-cadre et les centrales d’achat (UGAP, CAIH)\u00a0: "
                        + "comment une administration achète une solution retenue, et ce que l’entreprise prépare pour y répondre.",
                today.plusWeeks(2), LocalTime.of(10, 0), 120,
                "Ministère de l’Économie, 139 rue de Bercy, 75012 Paris (salle Pierre-Mendès-France)",
                "https://visio.numerique.gouv.fr/ami-atelier-achat-public", 40));
        workshops.create(ADMIN, new WorkshopRequest("Souveraineté numérique\u00a0: SecNumCloud, hébergement et réversibilité",
                WorkshopTheme.SOVEREIGNTY,
                "La qualification SecNumCloud, la doctrine «\u00a0cloud au centre\u00a0», l’hébergement des données sensibles et la réversibilité "
                        + "qu’attendent les administrations.",
                today.plusWeeks(4), LocalTime.of(14, 0), 90, null, "https://visio.numerique.gouv.fr/ami-atelier-souverainete", 30));
    }
}
