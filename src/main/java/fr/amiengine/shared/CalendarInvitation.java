package fr.amiengine.shared;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The one way the application writes an iCalendar event (RFC 5545), with ical4j: one event whose UID stays the same
 * whoever receives it, so that a calendar files every copy as one event, with its hours in Europe/Paris (the
 * {@code VTIMEZONE} included), its place or visio link and its organiser. An accepted meeting is an invitation
 * ({@code METHOD:REQUEST}, both parties as attendees); a workshop's reminder or download publishes the session
 * ({@code METHOD:PUBLISH}, no attendees).
 */
public final class CalendarInvitation {

    /** The MIME type of an invitation: calendars read {@code method} to offer « accept / decline ». */
    public static final String CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    /** The MIME type of a published event (a session to add to one's calendar, nothing to answer). */
    public static final String PUBLISH_CONTENT_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";

    /** Who takes part: a name and an address. */
    public record Person(String name, String email) {
    }

    private CalendarInvitation() {
    }

    /** The UID of a meeting's event: stable, so that a second sending updates the event instead of adding one. */
    public static String uid(Long meetingId, String domain) {
        return "rencontre-" + meetingId + "@" + domain;
    }

    /** An invitation ({@code METHOD:REQUEST}) to these attendees. */
    public static String write(String uid, Instant start, Instant end, String summary, String description, String place,
                               String visioUrl, Person organiser, List<Person> attendees, Instant stamp) {
        return write(Method.VALUE_REQUEST, uid, start, end, summary, description, place, visioUrl, organiser, attendees, stamp);
    }

    /**
     * A published event ({@code METHOD:PUBLISH}): the same event for whoever adds it, with no one to answer. A
     * cancelled one keeps its UID with {@code STATUS:CANCELLED} and a higher {@code SEQUENCE}, so that a calendar that
     * holds the event marks it cancelled instead of adding another.
     */
    public static String publish(String uid, Instant start, Instant end, String summary, String description, String place,
                                 String visioUrl, Person organiser, boolean cancelled, Instant stamp) {
        return write(Method.VALUE_PUBLISH, uid, start, end, summary, description, place, visioUrl, organiser, List.of(),
                cancelled, stamp);
    }

    private static String write(String method, String uid, Instant start, Instant end, String summary, String description,
                                String place, String visioUrl, Person organiser, List<Person> attendees, Instant stamp) {
        return write(method, uid, start, end, summary, description, place, visioUrl, organiser, attendees, false, stamp);
    }

    private static String write(String method, String uid, Instant start, Instant end, String summary, String description,
                                String place, String visioUrl, Person organiser, List<Person> attendees, boolean cancelled,
                                Instant stamp) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        net.fortuna.ical4j.model.TimeZone paris = registry.getTimeZone(FrenchFormat.PARIS.getId());
        VEvent event = new VEvent(ZonedDateTime.ofInstant(start, FrenchFormat.PARIS), ZonedDateTime.ofInstant(end, FrenchFormat.PARIS),
                summary);
        event.add(new Uid(uid));
        event.replace(new DtStamp(stamp));
        event.add(new Sequence(cancelled ? 1 : 0));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Description(description));
        if (place != null) {
            event.add(new Location(place));
        }
        if (visioUrl != null) {
            event.add(new Url(URI.create(visioUrl)));
        }
        event.add(new Organizer(new ParameterList(List.of(new Cn(organiser.name()))), mailto(organiser.email())));
        for (Person person : attendees) {
            event.add(new Attendee(new ParameterList(List.of(new Cn(person.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION)),
                    mailto(person.email())));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//AMI Engine//Calendrier//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(paris.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
