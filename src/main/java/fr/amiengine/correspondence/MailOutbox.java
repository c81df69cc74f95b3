package fr.amiengine.correspondence;

import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.MailRelay;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends the receipts and decision letters by SMTP, with the PDF attached, exactly once per file and kind (see
 * docs/selection.md). Each mail has a row of {@code outgoing_mail} (unique per file and kind), marked {@code SENT} in
 * its own transaction as soon as the relay accepted the message: a job that stops before sending runs again after a
 * restart and sends; a job retried after sending finds the row {@code SENT} and does nothing. Only a crash between
 * the relay's acceptance and that commit — a few milliseconds — makes the retry send the letter a second time, with
 * the same Message-ID. On a clean stop, no new mail leaves and the application waits (up to 30 s) for those on
 * their way to be marked, before Hibernate and the data source close.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    @Inject
    CandidatureRepository candidatures;

    @Inject
    DocumentStore store;

    @Inject
    MailRelay relay;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    @Inject
    OutgoingMailRepository mails;

    private static final Duration DRAINING = Duration.ofSeconds(30);

    private final Object flight = new Object();
    private int inFlight;
    private boolean stopping;

    private record Pending(Long mailId, String recipient, String subject, String messageId, String fileName, byte[] pdf,
                           String body) {
    }

    /**
     * Sends the document of this kind to the file's contact, unless it was sent already. The row is read and marked
     * in transactions of their own, so that a job retried after its own transaction failed (a concurrent change of
     * the process, say) finds the mail already {@code SENT}.
     */
    public void send(String reference, DocumentKind kind) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> prepare(reference, kind));
        if (pending == null) {
            return;
        }
        synchronized (flight) {
            if (stopping) {
                throw new IllegalStateException("Arrêt en cours\u00a0: " + kind + " de " + reference + " partira au redémarrage");
            }
            inFlight++;
        }
        try {
            deliver(reference, kind, pending);
            QuarkusTransaction.requiringNew().run(() -> {
                OutgoingMail mail = mails.findById(pending.mailId());
                mail.attempts++;
                mail.state = OutgoingMail.State.SENT;
                mail.sentAt = clock.now();
            });
        } finally {
            synchronized (flight) {
                inFlight--;
                flight.notifyAll();
            }
        }
        LOG.infof("%s de %s envoyé à %s", kind, reference, pending.recipient());
    }

    /** Hands the mail to the relay, with the one retry on « 421 » every mail of the application gets. */
    private void deliver(String reference, DocumentKind kind, Pending pending) {
        relay.deliver(Mail.withText(pending.recipient(), pending.subject(), pending.body())
                .addHeader("Message-ID", pending.messageId())
                .addAttachment(pending.fileName(), pending.pdf(), "application/pdf"), kind + " de " + reference);
    }

    /**
     * A clean stop (SIGTERM) stops the job executor's acquisition but not the jobs it runs, and then closes Hibernate:
     * a mail accepted by the relay could not be marked {@code SENT} and would leave again after the restart. The
     * shutdown event comes before Hibernate's shutdown: refuse new sends (their job runs again after the restart) and
     * wait for the ones on their way.
     */
    void drainOnStop(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        long deadline = System.nanoTime() + DRAINING.toNanos();
        synchronized (flight) {
            stopping = true;
            while (inFlight > 0 && System.nanoTime() < deadline) {
                flight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            if (inFlight > 0) {
                LOG.warnf("Arrêt\u00a0: %d courriers en cours d’envoi après %d s\u00a0; ils seront vérifiés au redémarrage", inFlight,
                        DRAINING.toSeconds());
            }
        }
    }

    private Pending prepare(String reference, DocumentKind kind) {
        Candidature file = candidatures.getByReference(reference);
        OutgoingMail mail = mails.ofFile(file.id, kind).orElseGet(() -> create(file, kind));
        if (mail.state == OutgoingMail.State.SENT) {
            LOG.infof("%s de %s déjà envoyé le %s\u00a0: rien à faire", kind, reference, mail.sentAt);
            return null;
        }
        StoredDocument document = store.find(file.campaign, file, kind)
                .orElseThrow(() -> new IllegalStateException("document " + kind + " absent pour " + reference));
        return new Pending(mail.id, mail.recipient, mail.subject, mail.messageId, document.fileName, document.content,
                body(file, kind));
    }

    private OutgoingMail create(Candidature file, DocumentKind kind) {
        OutgoingMail mail = new OutgoingMail();
        mail.candidature = file;
        mail.kind = kind;
        mail.recipient = file.solution.contactEmail;
        mail.subject = switch (kind) {
            case RECEIPT -> "Accusé de réception de votre candidature " + file.reference;
            case DECISION_LETTER -> "Décision du comité de sélection sur votre candidature " + file.reference;
            case PROMOTION_LETTER -> "Votre candidature " + file.reference + " est retenue à la suite d’un désistement";
            case RENUNCIATION_ACK -> "Accusé de votre renonciation à la sélection de la candidature " + file.reference;
            case MINUTES -> throw new IllegalArgumentException("le procès-verbal ne s’envoie pas aux candidats");
        };
        mail.messageId = "<" + kind.fileStem + "." + file.reference + "@" + config.mail().domain() + ">";
        mail.state = OutgoingMail.State.PENDING;
        mail.createdAt = clock.now();
        mails.persist(mail);
        return mail;
    }

    private String body(Candidature file, DocumentKind kind) {
        String link = config.publicUrl() + "/candidatures/" + file.reference;
        return switch (kind) {
            case RECEIPT -> "Bonjour,\n\nNous avons bien reçu la candidature " + file.reference + " («\u00a0" + file.solutionName
                    + "\u00a0») à l’appel «\u00a0" + file.campaign.title + "\u00a0». L’accusé de réception est joint à ce message.\n\n"
                    + "Vous pouvez suivre votre dossier à l’adresse\u00a0:\n" + link + "\n\nL’équipe de la campagne";
            case DECISION_LETTER -> "Bonjour,\n\nLe comité de sélection de l’appel «\u00a0" + file.campaign.title + "\u00a0» a rendu sa "
                    + "décision sur la candidature " + file.reference + " («\u00a0" + file.solutionName + "\u00a0»). La lettre de décision "
                    + "motivée est jointe à ce message\u00a0; elle est aussi disponible à l’adresse\u00a0:\n" + link + "\n\n"
                    + "L’équipe de la campagne";
            case PROMOTION_LETTER -> "Bonjour,\n\nUn lauréat de l’appel «\u00a0" + file.campaign.title + "\u00a0» a renoncé à sa "
                    + "sélection\u00a0: la candidature " + file.reference + " («\u00a0" + file.solutionName + "\u00a0»), inscrite sur la "
                    + "liste d’attente, est retenue à sa place. La lettre de décision motivée est jointe à ce message\u00a0; elle est "
                    + "aussi disponible à l’adresse\u00a0:\n" + link + "\n\nL’équipe de la campagne";
            case RENUNCIATION_ACK -> "Bonjour,\n\nNous avons bien reçu votre renonciation à la sélection de la candidature "
                    + file.reference + " («\u00a0" + file.solutionName + "\u00a0») à l’appel «\u00a0" + file.campaign.title + "\u00a0». "
                    + "L’accusé est joint à ce message. Votre solution ne figurera plus au panorama à sa prochaine publication.\n\n"
                    + "L’équipe de la campagne";
            case MINUTES -> throw new IllegalArgumentException("le procès-verbal ne s’envoie pas aux candidats");
        };
    }
}
