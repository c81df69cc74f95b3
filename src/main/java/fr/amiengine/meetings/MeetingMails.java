package fr.amiengine.meetings;

import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.CalendarInvitation;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.MailRelay;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.CandidatureRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The mails of the meetings, through the one relay ({@link MailRelay}) and sent once each, as the letters' outbox
 * does: a row of {@code meeting_mail} per meeting, kind and recipient, marked {@code SENT} in its own transaction once
 * the relay took the message; a job retried after that finds it sent and sends nothing. On acceptance each party gets
 * the iCalendar invitation ({@link CalendarInvitation}); on refusal or expiry the buyer gets a notice.
 */
@ApplicationScoped
public class MeetingMails {

    private static final Logger LOG = Logger.getLogger(MeetingMails.class);

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingMailRepository mails;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    OrganisationMemberRepository members;

    @Inject
    MailRelay relay;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    @Inject
    MeetingTexts texts;

    private record Outgoing(Long rowId, String recipient, String subject, String body, String messageId, String ics) {
    }

    /** {@code Task_SendMeetingInvitations}: the invitation with its .ics to the buyer and to the laureate's people. */
    public void sendInvitations(Long meetingId) {
        send(QuarkusTransaction.requiringNew().call(() -> invitations(meetingId)), meetingId);
    }

    /** {@code Task_SendMeetingRefusal}: the buyer learns that the laureate declined, and why if it said. */
    public void sendRefusal(Long meetingId) {
        send(QuarkusTransaction.requiringNew().call(() -> notice(meetingId, MeetingMail.Kind.REFUSAL)), meetingId);
    }

    /** {@code Task_SendMeetingExpiry}: the buyer learns that the request expired unanswered. */
    public void sendExpiry(Long meetingId) {
        send(QuarkusTransaction.requiringNew().call(() -> notice(meetingId, MeetingMail.Kind.EXPIRY)), meetingId);
    }

    private void send(List<Outgoing> outgoing, Long meetingId) {
        for (Outgoing mail : outgoing) {
            Mail message = Mail.withText(mail.recipient(), mail.subject(), mail.body()).addHeader("Message-ID", mail.messageId());
            if (mail.ics() != null) {
                message.addAttachment("rencontre-" + meetingId + ".ics", mail.ics().getBytes(StandardCharsets.UTF_8),
                        CalendarInvitation.CONTENT_TYPE);
            }
            relay.deliver(message, "Courriel de la rencontre " + meetingId + " à " + mail.recipient());
            QuarkusTransaction.requiringNew().run(() -> {
                MeetingMail row = mails.findById(mail.rowId());
                row.state = MeetingMail.State.SENT;
                row.sentAt = clock.now();
            });
            LOG.infof("Courriel de la rencontre %d envoyé à %s", meetingId, mail.recipient());
        }
    }

    private List<Outgoing> invitations(Long meetingId) {
        Meeting m = meetings.withSlot(meetingId).orElseThrow();
        MeetingDay day = m.slot.day;
        Map<String, String> laureatePeople = new LinkedHashMap<>();
        String contact = candidatures.getByReference(m.laureateReference).solution.contactEmail;
        if (contact != null) {
            laureatePeople.put(contact, candidatures.getByReference(m.laureateReference).solution.contactName);
        }
        members.list("organisation.id", m.laureateOrganisation.id).stream().filter(member -> member.email != null)
                .forEach(member -> laureatePeople.putIfAbsent(member.email, member.username));
        List<CalendarInvitation.Person> attendees = new ArrayList<>();
        if (m.buyerEmail != null) {
            attendees.add(new CalendarInvitation.Person(m.buyerOrganisation.legalName, m.buyerEmail));
        }
        laureatePeople.forEach((email, name) -> attendees.add(new CalendarInvitation.Person(
                name == null ? m.laureateOrganisation.legalName : name + " (" + m.laureateOrganisation.legalName + ")", email)));
        String summary = texts.ics_summary(m.buyerOrganisation.legalName, m.laureateOrganisation.legalName, m.solutionName);
        String description = texts.ics_description(day.title, m.solutionName, m.need == null ? "" : m.need.title,
                m.message == null ? "" : m.message);
        String ics = CalendarInvitation.write(CalendarInvitation.uid(m.id, config.mail().domain()), m.slot.startsAt, m.slot.endsAt,
                summary, description, day.place, day.visioUrl,
                new CalendarInvitation.Person(day.campaign.contactService, day.campaign.contactEmail), attendees, clock.now());
        String when = FrenchFormat.date(day.meetingDate) + ", " + MeetingService.slotView(m.slot).label();
        String where = where(day);
        List<Outgoing> outgoing = new ArrayList<>();
        for (CalendarInvitation.Person person : attendees) {
            String subject = texts.mail_invitation_subject(m.solutionName, FrenchFormat.date(day.meetingDate));
            String body = texts.mail_invitation_body(m.buyerOrganisation.legalName, m.laureateOrganisation.legalName,
                    m.solutionName, when, where, day.title);
            row(m.id, MeetingMail.Kind.INVITATION, person.email(), subject, body, ics).ifPresent(outgoing::add);
        }
        return outgoing;
    }

    private List<Outgoing> notice(Long meetingId, MeetingMail.Kind kind) {
        Meeting m = meetings.withSlot(meetingId).orElseThrow();
        if (m.buyerEmail == null) {
            return List.of();
        }
        MeetingDay day = m.slot.day;
        String when = FrenchFormat.date(day.meetingDate) + ", " + MeetingService.slotView(m.slot).label();
        String link = config.publicUrl() + "/rencontres";
        String subject = kind == MeetingMail.Kind.REFUSAL ? texts.mail_refusal_subject(m.solutionName)
                : texts.mail_expiry_subject(m.solutionName);
        String body = kind == MeetingMail.Kind.REFUSAL
                ? texts.mail_refusal_body(m.laureateOrganisation.legalName, m.solutionName, when,
                        m.answerReason == null ? "" : m.answerReason, link)
                : texts.mail_expiry_body(m.laureateOrganisation.legalName, m.solutionName, when, link);
        return row(m.id, kind, m.buyerEmail, subject, body, null).stream().toList();
    }

    private String where(MeetingDay day) {
        if (day.place != null && day.visioUrl != null) {
            return day.place + " — " + day.visioUrl;
        }
        return day.place != null ? day.place : day.visioUrl;
    }

    /** The pending mail of this kind for this recipient, created if needed; empty once it was sent. */
    private java.util.Optional<Outgoing> row(Long meetingId, MeetingMail.Kind kind, String recipient, String subject,
                                             String body, String ics) {
        MeetingMail row = mails.of(meetingId, kind, recipient).orElseGet(() -> {
            MeetingMail mail = new MeetingMail();
            mail.meetingId = meetingId;
            mail.kind = kind;
            mail.recipient = recipient;
            mail.messageId = "<rencontre-" + meetingId + "." + kind.name().toLowerCase() + "." + Integer.toHexString(recipient.hashCode())
                    + "@" + config.mail().domain() + ">";
            mail.state = MeetingMail.State.PENDING;
            mail.createdAt = clock.now();
            mails.persist(mail);
            return mail;
        });
        if (row.state == MeetingMail.State.SENT) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Outgoing(row.id, recipient, subject, body, row.messageId, ics));
    }
}
