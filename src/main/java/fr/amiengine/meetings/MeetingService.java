package fr.amiengine.meetings;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.needs.Need;
import fr.amiengine.needs.NeedRepository;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.publication.panorama.PublicPanorama;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.WorkflowService;
import fr.amiengine.web.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The meetings of issue #16: administrators open days of slots, buyers (members of a verified administration) ask a
 * laureate of the published panorama for a slot, laureates accept or decline. Nobody is booked twice in one slot:
 * a request inserts one {@link MeetingBooking} per party in its own transaction, and the table's unique key refuses
 * the second of two concurrent requests, answered 409.
 */
@ApplicationScoped
public class MeetingService {

    private static final Logger LOG = Logger.getLogger(MeetingService.class);

    /** A request must be answered this long before its slot; later, it expires and frees the slot. */
    public static final Duration ANSWER_LEAD = Duration.ofHours(24);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    MeetingDayRepository days;

    @Inject
    MeetingSlotRepository slots;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingBookingRepository bookings;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationMemberRepository members;

    @Inject
    NeedRepository needs;

    @Inject
    PublicPanorama panorama;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    @Inject
    MeetingTexts texts;

    // Administrators: the days

    /** Opens a meeting day of a campaign (any campaign past its draft: buyers ask slots once it is published). */
    @Transactional
    public MeetingDayView createDay(Actor admin, MeetingDayRequest request) {
        Campaign campaign = campaigns.findByCode(request.campaignCode().strip())
                .orElseThrow(() -> AmiException.notFound(texts.error_unknown_campaign(request.campaignCode())));
        if (campaign.state == CampaignState.DRAFT) {
            throw AmiException.conflict(texts.error_draft_campaign(campaign.code));
        }
        LocalDate today = LocalDate.ofInstant(clock.now(), FrenchFormat.PARIS);
        if (!request.date().isAfter(today)) {
            throw AmiException.invalid("date", texts.error_day_past());
        }
        String place = blankToNull(request.place());
        String visio = blankToNull(request.visioUrl());
        if (place == null && visio == null) {
            throw AmiException.invalid("place", texts.error_no_place());
        }
        if (visio != null && !isHttps(visio)) {
            throw AmiException.invalid("visioUrl", texts.error_visio_url());
        }
        List<MeetingDayRequest.Slot> wanted = slotsOf(request);
        MeetingDay day = new MeetingDay();
        day.campaign = campaign;
        day.meetingDate = request.date();
        day.title = blankToNull(request.title()) == null ? texts.day_default_title(campaign.code) : request.title().strip();
        day.place = place;
        day.visioUrl = visio;
        day.createdAt = clock.now();
        day.createdBy = admin.username();
        Set<LocalTime> starts = new HashSet<>();
        TreeSet<LocalTime> ordered = new TreeSet<>();
        for (MeetingDayRequest.Slot s : wanted) {
            if (!starts.add(s.start())) {
                throw AmiException.invalid("slots", texts.error_slot_twice(s.start().format(HOURS)));
            }
            if (s.start().plusMinutes(s.minutes()).isBefore(s.start())) {
                throw AmiException.invalid("slots", texts.error_slot_midnight(s.start().format(HOURS)));
            }
            ordered.add(s.start());
        }
        for (MeetingDayRequest.Slot s : wanted) {
            LocalTime next = ordered.higher(s.start());
            if (next != null && s.start().plusMinutes(s.minutes()).isAfter(next)) {
                throw AmiException.invalid("slots", texts.error_slot_overlap(s.start().format(HOURS), next.format(HOURS)));
            }
            MeetingSlot slot = new MeetingSlot();
            slot.day = day;
            slot.startsAt = request.date().atTime(s.start()).atZone(FrenchFormat.PARIS).toInstant();
            slot.endsAt = request.date().atTime(s.start()).plusMinutes(s.minutes()).atZone(FrenchFormat.PARIS).toInstant();
            day.slots.add(slot);
        }
        day.slots.sort((a, b) -> a.startsAt.compareTo(b.startsAt));
        days.persist(day);
        LOG.infof("Journée de rencontres du %s ouverte pour %s par %s (%d créneaux)", day.meetingDate, campaign.code, admin.username(),
                day.slots.size());
        return view(day);
    }

    private List<MeetingDayRequest.Slot> slotsOf(MeetingDayRequest request) {
        boolean listed = request.slots() != null && !request.slots().isEmpty();
        if (listed && request.range() != null) {
            throw AmiException.invalid("slots", texts.error_slots_both());
        }
        if (listed) {
            return request.slots();
        }
        MeetingDayRequest.Range range = request.range();
        if (range == null) {
            throw AmiException.invalid("slots", texts.error_no_slot());
        }
        if (!range.from().isBefore(range.to())) {
            throw AmiException.invalid("range.to", texts.error_range_order());
        }
        List<MeetingDayRequest.Slot> generated = new ArrayList<>();
        for (LocalTime t = range.from(); !t.plusMinutes(range.minutes()).isAfter(range.to()) && t.isBefore(range.to());
             t = t.plusMinutes(range.minutes())) {
            generated.add(new MeetingDayRequest.Slot(t, range.minutes()));
            if (t.plusMinutes(range.minutes()).isBefore(t) || generated.size() > 100) {
                break;
            }
        }
        if (generated.isEmpty()) {
            throw AmiException.invalid("range.minutes", texts.error_range_short());
        }
        if (generated.size() > 100) {
            throw AmiException.invalid("range.minutes", texts.error_too_many_slots());
        }
        return generated;
    }

    @Transactional
    public List<MeetingDayView> allDays() {
        return days.all().stream().map(this::view).toList();
    }

    /** A day's schedule: each slot and who meets whom, in which state. */
    @Transactional
    public ScheduleView schedule(Long dayId) {
        MeetingDay day = day(dayId);
        Map<Long, List<MeetingView>> bySlot = new LinkedHashMap<>();
        for (Meeting m : meetings.ofDay(dayId)) {
            bySlot.computeIfAbsent(m.slot.id, k -> new ArrayList<>()).add(view(m));
        }
        MeetingDayView view = view(day);
        return new ScheduleView(view, view.slots().stream()
                .map(s -> new ScheduleView.Row(s, bySlot.getOrDefault(s.id(), List.of()))).toList());
    }

    private MeetingDay day(Long id) {
        return days.findByIdOptional(id).orElseThrow(() -> AmiException.notFound(texts.error_unknown_day(id)));
    }

    // Buyers

    /** The days of published campaigns still ahead, with each laureate's slots free for this buyer. */
    @Transactional
    public List<OpenDayView> openDays(Actor buyer) {
        Organisation administration = administrationOf(buyer);
        Instant now = clock.now();
        List<OpenDayView> open = new ArrayList<>();
        for (MeetingDay day : days.ofPublishedCampaigns()) {
            List<MeetingSlot> askable = day.slots.stream().filter(s -> s.startsAt.minus(ANSWER_LEAD).isAfter(now)).toList();
            if (askable.isEmpty()) {
                continue;
            }
            Map<Long, Set<String>> booked = new HashMap<>();
            for (Object[] row : bookings.ofSlots(askable.stream().map(s -> s.id).toList())) {
                booked.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]);
            }
            Set<String> mine = Set.of(MeetingBooking.account(buyer.subject()), MeetingBooking.buyer(administration.id));
            List<OpenDayView.Laureate> laureates = new ArrayList<>();
            for (PanoramaDocument.Solution s : panorama.document(day.campaign.code).solutions()) {
                Long organisation = laureateOrganisation(s.reference()).id;
                String party = MeetingBooking.laureate(organisation);
                List<MeetingDayView.SlotView> free = askable.stream().filter(slot -> {
                    Set<String> taken = booked.getOrDefault(slot.id, Set.of());
                    return !taken.contains(party) && mine.stream().noneMatch(taken::contains);
                }).map(MeetingService::slotView).toList();
                laureates.add(new OpenDayView.Laureate(s.reference(), s.name(), s.organisation().name(),
                        s.family() == null ? null : s.family().label(), free));
            }
            open.add(new OpenDayView(view(day), laureates));
        }
        return open;
    }

    /**
     * A buyer asks a laureate for a slot. Refused: by a company or an unverified administration (403), for a slot of
     * an unpublished campaign or too close (409), when the buyer, its administration or the laureate is already
     * booked then (409, also when two requests race: the bookings' unique key decides).
     */
    @Transactional
    public MeetingView request(Actor buyer, MeetingRequest request) {
        Organisation administration = administrationOf(buyer);
        MeetingSlot slot = slots.withDay(request.slotId())
                .orElseThrow(() -> AmiException.notFound(texts.error_unknown_slot(request.slotId())));
        Campaign campaign = slot.day.campaign;
        if (campaign.publicationRevision == 0) {
            throw AmiException.conflict(texts.error_unpublished(campaign.code));
        }
        if (!slot.startsAt.minus(ANSWER_LEAD).isAfter(clock.now())) {
            throw AmiException.conflict(texts.error_slot_too_late(FrenchFormat.dateTime(slot.startsAt)));
        }
        String reference = request.laureateReference().strip();
        PanoramaDocument.Solution solution = panorama.document(campaign.code).solutions().stream()
                .filter(s -> s.reference().equals(reference)).findFirst()
                .orElseThrow(() -> AmiException.notFound(texts.error_not_laureate(reference, campaign.code)));
        Organisation laureate = laureateOrganisation(reference);
        if (laureate.id.equals(administration.id)) {
            throw AmiException.invalid("laureateReference", texts.error_own_solution());
        }
        Need need = null;
        if (blankToNull(request.needReference()) != null) {
            need = needs.byReference(request.needReference().strip())
                    .filter(n -> n.organisation.id.equals(administration.id))
                    .orElseThrow(() -> AmiException.notFound(texts.error_unknown_need(request.needReference().strip())));
        }
        List<String> parties = List.of(MeetingBooking.account(buyer.subject()), MeetingBooking.buyer(administration.id),
                MeetingBooking.laureate(laureate.id));
        List<String> taken = bookings.booked(slot.id, parties);
        if (!taken.isEmpty()) {
            throw AmiException.conflict(taken.contains(parties.get(2)) ? texts.error_laureate_booked(solution.name())
                    : texts.error_buyer_booked());
        }
        Meeting meeting = new Meeting();
        meeting.slot = slot;
        meeting.buyerSubject = buyer.subject();
        meeting.buyerUsername = buyer.username();
        meeting.buyerEmail = members.findBySubject(buyer.subject()).map(m -> m.email).orElse(null);
        meeting.buyerOrganisation = administration;
        meeting.laureateReference = reference;
        meeting.laureateOrganisation = laureate;
        meeting.solutionName = solution.name();
        meeting.need = need;
        meeting.message = blankToNull(request.message());
        meeting.requestedAt = clock.now();
        try {
            meetings.persist(meeting);
            // in a fixed order (account, administration, laureate), so that two racing requests never wait on each other
            for (String party : parties) {
                MeetingBooking booking = new MeetingBooking();
                booking.meeting = meeting;
                booking.slotId = slot.id;
                booking.party = party;
                bookings.persist(booking);
            }
            bookings.flush();
        } catch (PersistenceException e) {
            LOG.infof("Créneau %d déjà pris par une demande concurrente (%s → %s)", slot.id, buyer.username(), reference);
            throw AmiException.conflict(texts.error_booked_concurrently());
        }
        workflow.startMeetingRequest(meeting.businessKey(), meeting.id, slot.startsAt.minus(ANSWER_LEAD));
        LOG.infof("Rendez-vous %d demandé par %s à %s le %s", meeting.id, buyer.username(), reference, slot.startsAt);
        return view(meeting);
    }

    /** The requests of the buyer's administration. */
    @Transactional
    public List<MeetingView> requestsOf(Actor buyer) {
        Organisation administration = administrationOf(buyer);
        return meetings.ofBuyer(administration.id).stream().map(this::view).toList();
    }

    // Laureates

    /** The requests made to the actor's organisation; empty for anyone else. */
    @Transactional
    public List<MeetingView> invitationsOf(Actor laureate) {
        if (laureate.organisationId() == null) {
            return List.of();
        }
        return meetings.ofLaureate(laureate.organisationId()).stream().map(this::view).toList();
    }

    /** The laureate accepts: the process sends each party its invitation ({@code Task_SendMeetingInvitations}). */
    @Transactional
    public MeetingView accept(Actor laureate, Long id) {
        Meeting meeting = answerable(laureate, id);
        meeting.state = MeetingState.ACCEPTED;
        answered(laureate, meeting, true);
        return view(meeting);
    }

    /** The laureate declines, maybe saying why: the slot is free again, the buyer is told ({@code Task_SendMeetingRefusal}). */
    @Transactional
    public MeetingView decline(Actor laureate, Long id, DeclineRequest request) {
        Meeting meeting = answerable(laureate, id);
        meeting.state = MeetingState.DECLINED;
        meeting.answerReason = request == null ? null : blankToNull(request.reason());
        bookings.release(meeting.id);
        answered(laureate, meeting, false);
        return view(meeting);
    }

    private Meeting answerable(Actor laureate, Long id) {
        Meeting meeting = meetings.withSlot(id).filter(m -> laureate.belongsTo(m.laureateOrganisation.id))
                .orElseThrow(() -> AmiException.notFound(texts.error_unknown_meeting(id)));
        if (meeting.state != MeetingState.REQUESTED) {
            throw AmiException.conflict(texts.error_already_answered(meeting.state.label));
        }
        return meeting;
    }

    private void answered(Actor laureate, Meeting meeting, boolean accepted) {
        meeting.answeredAt = clock.now();
        meeting.answeredBy = laureate.username();
        if (!workflow.correlate(ProcessVariables.MSG_MEETING_ANSWERED, meeting.businessKey(),
                Map.of(ProcessVariables.MEETING_ACCEPTED, accepted))) {
            throw AmiException.conflict(texts.error_already_answered(MeetingState.EXPIRED.label));
        }
        LOG.infof("Rendez-vous %d %s par %s", meeting.id, meeting.state.label, laureate.username());
    }

    /** {@code Task_ExpireMeetingRequest}: a request still unanswered expires and frees its slot. */
    @Transactional
    public boolean expire(Long id) {
        Meeting meeting = meetings.findById(id);
        if (meeting == null || meeting.state != MeetingState.REQUESTED) {
            return false;
        }
        meeting.state = MeetingState.EXPIRED;
        meeting.answeredAt = clock.now();
        bookings.release(meeting.id);
        LOG.infof("Rendez-vous %d expiré sans réponse", id);
        return true;
    }

    /** The campaigns a day may be opened for (past their draft), for the administrators' form. */
    @Transactional
    public List<Option> campaignOptions() {
        return campaigns.list("state <> ?1 order by createdAt desc", CampaignState.DRAFT).stream()
                .map(c -> new Option(c.code, c.code + " — " + c.title)).toList();
    }

    /** The open needs of the buyer's administration, to say which one a meeting is about. */
    @Transactional
    public List<Option> needOptions(Actor buyer) {
        if (!mayRequest(buyer)) {
            return List.of();
        }
        return needs.ofOrganisation(buyer.organisationId()).stream().filter(n -> n.state == fr.amiengine.needs.NeedState.OPEN)
                .map(n -> new Option(n.reference, n.reference + " — " + n.title)).toList();
    }

    // Shared rules

    /** Whether the actor may ask for meetings (a member of a verified administration), so that pages offer it. */
    @Transactional
    public boolean mayRequest(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        return organisation != null && organisation.kind == OrganisationKind.ADMINISTRATION && organisation.isVerified();
    }

    /** Refuses (403) anyone but a member of a verified administration, before a form is even read. */
    @Transactional
    public void checkBuyer(Actor actor) {
        administrationOf(actor);
    }

    private Organisation administrationOf(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        if (organisation == null || organisation.kind != OrganisationKind.ADMINISTRATION) {
            throw AmiException.forbidden(texts.error_not_buyer());
        }
        if (!organisation.isVerified()) {
            throw AmiException.forbidden(texts.error_unverified(organisation.legalName));
        }
        return organisation;
    }

    private Organisation laureateOrganisation(String reference) {
        Candidature file = candidatures.getByReference(reference);
        return file.organisation;
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

    MeetingDayView view(MeetingDay day) {
        return new MeetingDayView(day.id, day.campaign.code, day.campaign.title, day.meetingDate, FrenchFormat.date(day.meetingDate), day.title,
                day.place, day.visioUrl, day.campaign.publicationRevision > 0,
                day.slots.stream().map(MeetingService::slotView).toList());
    }

    static MeetingDayView.SlotView slotView(MeetingSlot slot) {
        return new MeetingDayView.SlotView(slot.id, slot.startsAt, slot.endsAt,
                slot.startsAt.atZone(FrenchFormat.PARIS).format(HOURS), slot.endsAt.atZone(FrenchFormat.PARIS).format(HOURS));
    }

    MeetingView view(Meeting m) {
        MeetingDay day = m.slot.day;
        return new MeetingView(m.id, day.id, day.campaign.code, FrenchFormat.date(day.meetingDate), m.slot.id, slotView(m.slot).label(),
                m.slot.startsAt, m.slot.endsAt, day.place, day.visioUrl, m.buyerOrganisation.legalName, m.buyerUsername,
                m.laureateReference, m.solutionName, m.laureateOrganisation.legalName,
                m.need == null ? null : m.need.reference, m.need == null ? null : m.need.title, m.message, m.state,
                m.state.label, m.answerReason, m.requestedAt, m.answeredAt);
    }
}
