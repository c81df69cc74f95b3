package fr.amiengine.workshops;

import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.CalendarInvitation;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.MailRelay;
import fr.amiengine.shared.ServerClock;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The workshops' mails, through the one relay ({@link MailRelay}) and sent once each: a row of {@code workshop_mail}
 * per session, kind and registrant, marked {@code SENT} in its own transaction once the relay took the message, so
 * that a job retried after a crash sends only what was not sent. The reminder carries the session's .ics, the
 * cancellation notice the same event marked cancelled.
 */
@ApplicationScoped
public class WorkshopMails {

    private static final Logger LOG = Logger.getLogger(WorkshopMails.class);

    @Inject
    WorkshopRepository workshops;

    @Inject
    WorkshopRegistrationRepository registrations;

    @Inject
    WorkshopMailRepository mails;

    @Inject
    WorkshopService service;

    @Inject
    MailRelay relay;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    @Inject
    WorkshopTexts texts;

    private record Outgoing(Long rowId, String recipient, String subject, String body, String messageId, String ics) {
    }

    /** {@code Task_SendWorkshopReminders}: the day before, each registrant gets the reminder with the .ics. */
    public void sendReminders(Long workshopId) {
        send(QuarkusTransaction.requiringNew().call(() -> outgoing(workshopId, WorkshopMail.Kind.REMINDER)), workshopId);
    }

    /** {@code Task_SendWorkshopCancellation}: each registrant learns that the session is cancelled, and why. */
    public void sendCancellation(Long workshopId) {
        send(QuarkusTransaction.requiringNew().call(() -> outgoing(workshopId, WorkshopMail.Kind.CANCELLATION)), workshopId);
    }

    private void send(List<Outgoing> outgoing, Long workshopId) {
        for (Outgoing mail : outgoing) {
            Mail message = Mail.withText(mail.recipient(), mail.subject(), mail.body()).addHeader("Message-ID", mail.messageId());
            if (mail.ics() != null) {
                message.addAttachment("atelier-" + workshopId + ".ics", mail.ics().getBytes(StandardCharsets.UTF_8),
                        CalendarInvitation.PUBLISH_CONTENT_TYPE);
            }
            relay.deliver(message, "Courriel de l’atelier " + workshopId + " à " + mail.recipient());
            QuarkusTransaction.requiringNew().run(() -> {
                WorkshopMail row = mails.findById(mail.rowId());
                row.state = WorkshopMail.State.SENT;
                row.sentAt = clock.now();
            });
            LOG.infof("Courriel de l’atelier %d envoyé à %s", workshopId, mail.recipient());
        }
    }

    private List<Outgoing> outgoing(Long workshopId, WorkshopMail.Kind kind) {
        Workshop w = workshops.findById(workshopId);
        if (kind == WorkshopMail.Kind.REMINDER && w.isCancelled()) {
            return List.of();
        }
        String when = FrenchFormat.date(w.startsAt) + ", " + service.view(w, false).hoursLabel();
        String where = w.place != null && w.visioUrl != null ? w.place + " — " + w.visioUrl : w.place != null ? w.place : w.visioUrl;
        String link = config.publicUrl() + "/ateliers";
        // the cancellation carries the same event marked cancelled, so that a calendar holding it updates it
        String ics = service.ics(w);
        String subject = kind == WorkshopMail.Kind.REMINDER ? texts.mail_reminder_subject(w.title, FrenchFormat.date(w.startsAt))
                : texts.mail_cancellation_subject(w.title);
        String body = kind == WorkshopMail.Kind.REMINDER ? texts.mail_reminder_body(w.title, w.theme.label, when, where, link)
                : texts.mail_cancellation_body(w.title, when, w.cancellationReason == null ? "" : w.cancellationReason, link);
        List<Outgoing> outgoing = new ArrayList<>();
        // one mail per address, even when two registrants share one
        Set<String> recipients = new LinkedHashSet<>();
        registrations.ofWorkshop(workshopId).stream().filter(r -> r.email != null).forEach(r -> recipients.add(r.email));
        for (String recipient : recipients) {
            row(workshopId, kind, recipient, subject, body, ics).ifPresent(outgoing::add);
        }
        return outgoing;
    }

    /** The pending mail of this kind for this recipient, created if needed; empty once it was sent. */
    private Optional<Outgoing> row(Long workshopId, WorkshopMail.Kind kind, String recipient, String subject, String body,
                                   String ics) {
        WorkshopMail row = mails.of(workshopId, kind, recipient).orElseGet(() -> {
            WorkshopMail mail = new WorkshopMail();
            mail.workshopId = workshopId;
            mail.kind = kind;
            mail.recipient = recipient;
            mail.messageId = "<atelier-" + workshopId + "." + kind.name().toLowerCase() + "." + Integer.toHexString(recipient.hashCode())
                    + "@" + config.mail().domain() + ">";
            mail.state = WorkshopMail.State.PENDING;
            mail.createdAt = clock.now();
            mails.persist(mail);
            return mail;
        });
        if (row.state == WorkshopMail.State.SENT) {
            return Optional.empty();
        }
        return Optional.of(new Outgoing(row.id, recipient, subject, body, row.messageId, ics));
    }
}
