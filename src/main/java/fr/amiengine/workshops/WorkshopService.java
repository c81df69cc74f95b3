package fr.amiengine.workshops;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.CalendarInvitation;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The workshops of issue #16: administrators schedule sessions for the laureates (public procurement, digital
 * sovereignty) and may cancel them; members of a laureate's organisation (a retained file of a published campaign)
 * register and unregister. A seat is taken by one conditional update ({@link WorkshopRepository#takeSeat}) in the same
 * transaction as the registration, so that fifty members racing for the last seats never exceed the capacity.
 */
@ApplicationScoped
public class WorkshopService {

    private static final Logger LOG = Logger.getLogger(WorkshopService.class);

    /** The reminder goes out this long before the session. */
    public static final Duration REMINDER_LEAD = Duration.ofHours(24);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    WorkshopRepository workshops;

    @Inject
    WorkshopRegistrationRepository registrations;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationMemberRepository members;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    @Inject
    WorkshopTexts texts;

    // Administrators

    /** Schedules a session and starts its reminder process. */
    @Transactional
    public WorkshopView create(Actor admin, WorkshopRequest request) {
        LocalDate today = LocalDate.ofInstant(clock.now(), FrenchFormat.PARIS);
        if (!request.date().isAfter(today)) {
            throw AmiException.invalid("date", texts.error_date_past());
        }
        String place = blankToNull(request.place());
        String visio = blankToNull(request.visioUrl());
        if (place == null && visio == null) {
            throw AmiException.invalid("place", texts.error_no_place());
        }
        if (visio != null && !isHttps(visio)) {
            throw AmiException.invalid("visioUrl", texts.error_visio_url());
        }
        Workshop w = new Workshop();
        w.title = request.title().strip();
        w.theme = request.theme();
        w.description = blankToNull(request.description());
        w.startsAt = request.date().atTime(request.start()).atZone(FrenchFormat.PARIS).toInstant();
        w.durationMinutes = request.minutes();
        w.place = place;
        w.visioUrl = visio;
        w.capacity = request.capacity();
        w.createdAt = clock.now();
        w.createdBy = admin.username();
        workshops.persist(w);
        workshops.flush();
        workflow.startWorkshopReminder(w.businessKey(), w.id, w.startsAt.minus(REMINDER_LEAD), w.startsAt);
        LOG.infof("Atelier %d « %s » programmé le %s par %s (%d places)", w.id, w.title, w.startsAt, admin.username(), w.capacity);
        return view(w, false);
    }

    /** Every session, the latest first, for the administrators. */
    @Transactional
    public List<WorkshopView> all() {
        return workshops.all().stream().map(w -> view(w, false)).toList();
    }

    /** A session's registrants, for the administrators. */
    @Transactional
    public List<RegistrationView> registrants(Long id) {
        workshop(id);
        return registrations.ofWorkshop(id).stream().map(r -> new RegistrationView(r.username, r.email, r.organisation.legalName,
                r.registeredAt, FrenchFormat.dateTime(r.registeredAt))).toList();
    }

    /** Cancels a session before it starts: registration closes, and the process tells every registrant why. */
    @Transactional
    public WorkshopView cancel(Actor admin, Long id, WorkshopCancellation request) {
        Workshop w = workshop(id);
        if (w.isCancelled()) {
            throw AmiException.conflict(texts.error_already_cancelled(w.title));
        }
        if (!w.startsAt.isAfter(clock.now())) {
            throw AmiException.conflict(texts.error_started(w.title));
        }
        w.cancelledAt = clock.now();
        w.cancelledBy = admin.username();
        w.cancellationReason = request.reason().strip();
        workshops.flush();
        workflow.correlate(ProcessVariables.MSG_WORKSHOP_CANCELLED, w.businessKey(), Map.of());
        LOG.infof("Atelier %d annulé par %s", w.id, admin.username());
        return view(w, false);
    }

    // Laureates

    /** The sessions to come, for a laureate's member (with its own registrations) or an administrator. */
    @Transactional
    public List<WorkshopView> upcoming(Actor actor) {
        checkReader(actor);
        List<Workshop> list = workshops.upcoming(clock.now());
        Set<Long> mine = registrations.registeredAmong(actor.subject(), list.stream().map(w -> w.id).toList());
        return list.stream().map(w -> view(w, mine.contains(w.id))).toList();
    }

    @Transactional
    public WorkshopView get(Actor actor, Long id) {
        checkReader(actor);
        Workshop w = workshop(id);
        return view(w, registrations.of(id, actor.subject()).isPresent());
    }

    /**
     * Registers the actor, a member of a laureate's organisation. Refused (409) when the session is cancelled, has
     * started, is full, or already counts this account; the seat and the registration commit together or not at all.
     */
    @Transactional
    public WorkshopView register(Actor actor, Long id) {
        Organisation organisation = laureateOrganisation(actor);
        Workshop w = workshop(id);
        if (w.isCancelled()) {
            throw AmiException.conflict(texts.error_cancelled(w.title));
        }
        if (!w.startsAt.isAfter(clock.now())) {
            throw AmiException.conflict(texts.error_started(w.title));
        }
        if (registrations.of(id, actor.subject()).isPresent()) {
            throw AmiException.conflict(texts.error_already_registered(w.title));
        }
        boolean seat;
        try {
            seat = workshops.takeSeat(id, clock.now());
        } catch (PersistenceException e) {
            // the table's check refused a seat past the capacity (a database that does not re-read the row it waited for)
            if (!violates(e, "workshop_seats")) {
                throw e;
            }
            seat = false;
        }
        if (!seat) {
            // no seat taken: full, or cancelled or started since it was read
            workshops.getEntityManager().refresh(w);
            if (w.isCancelled()) {
                throw AmiException.conflict(texts.error_cancelled(w.title));
            }
            if (!w.startsAt.isAfter(clock.now())) {
                throw AmiException.conflict(texts.error_started(w.title));
            }
            throw AmiException.conflict(texts.error_full(w.title, w.capacity));
        }
        WorkshopRegistration r = new WorkshopRegistration();
        r.workshop = w;
        r.subject = actor.subject();
        r.username = actor.username();
        r.email = members.findBySubject(actor.subject()).map(m -> m.email).orElse(null);
        r.organisation = organisation;
        r.registeredAt = clock.now();
        try {
            registrations.persist(r);
            registrations.flush();
        } catch (PersistenceException e) {
            // the same account registering twice at once: the unique key keeps one, and this seat is given back by the rollback
            if (!violates(e, "workshop_registration_once")) {
                throw e;
            }
            throw AmiException.conflict(texts.error_already_registered(w.title));
        }
        LOG.infof("%s inscrit à l’atelier %d", actor.username(), id);
        workshops.getEntityManager().refresh(w);
        return view(w, true);
    }

    /** The actor gives its seat back, before the session starts. */
    @Transactional
    public void unregister(Actor actor, Long id) {
        WorkshopRegistration r = registrations.of(id, actor.subject()).orElse(null);
        if (r == null) {
            // whoever holds no seat learns nothing of the session unless the calendar is theirs to read
            checkReader(actor);
            Workshop unknown = workshop(id);
            throw AmiException.notFound(texts.error_not_registered(unknown.title));
        }
        // a registrant may give the seat back even if its organisation is no longer a laureate
        Workshop w = r.workshop;
        if (!w.startsAt.isAfter(clock.now())) {
            throw AmiException.conflict(texts.error_started(w.title));
        }
        registrations.delete(r);
        registrations.flush();
        workshops.freeSeat(id);
        LOG.infof("%s désinscrit de l’atelier %d", actor.username(), id);
    }

    /** The session as an iCalendar event to add to one's calendar ({@code METHOD:PUBLISH}). */
    @Transactional
    public String calendar(Actor actor, Long id) {
        checkReader(actor);
        return ics(workshop(id));
    }

    String ics(Workshop w) {
        String description = (w.description == null ? "" : w.description + "\n\n")
                + texts.ics_description(w.theme.label, config.publicUrl() + "/ateliers");
        return CalendarInvitation.publish(uid(w.id), w.startsAt, w.endsAt(), texts.ics_summary(w.title), description, w.place,
                w.visioUrl, new CalendarInvitation.Person(config.contact().service(), config.contact().email()), w.isCancelled(),
                clock.now());
    }

    String uid(Long id) {
        return "atelier-" + id + "@" + config.mail().domain();
    }

    /** Laureates' members and administrators read the calendar; anyone else learns who it is for. */
    private void checkReader(Actor actor) {
        if (!actor.isAdmin()) {
            laureateOrganisation(actor);
        }
    }

    /** Whether the actor belongs to a laureate: its organisation has a retained file in a published campaign. */
    @Transactional
    public boolean isLaureate(Actor actor) {
        return actor.organisationId() != null && candidatures.count(
                "organisation.id = ?1 and state = ?2 and campaign.publicationRevision > 0", actor.organisationId(),
                CandidatureState.RETAINED) > 0;
    }

    private Organisation laureateOrganisation(Actor actor) {
        if (!isLaureate(actor)) {
            throw AmiException.forbidden(texts.error_not_laureate());
        }
        return organisations.findById(actor.organisationId());
    }

    /** Whether the database refused the statement for this constraint (its name, in any case, anywhere in the causes). */
    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private Workshop workshop(Long id) {
        return workshops.findByIdOptional(id).orElseThrow(() -> AmiException.notFound(texts.error_unknown(id)));
    }

    WorkshopView view(Workshop w, boolean registered) {
        int left = Math.max(0, w.capacity - w.registered);
        String hours = w.startsAt.atZone(FrenchFormat.PARIS).format(HOURS) + "–" + w.endsAt().atZone(FrenchFormat.PARIS).format(HOURS);
        return new WorkshopView(w.id, w.title, w.theme, w.theme.label, w.description, w.startsAt, w.endsAt(),
                FrenchFormat.date(w.startsAt), hours, w.durationMinutes, w.place, w.visioUrl, w.capacity, w.registered, left,
                left == 0, w.isCancelled(), w.cancellationReason, !w.startsAt.isAfter(clock.now()),
                !w.startsAt.minus(REMINDER_LEAD).isAfter(clock.now()), registered);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
