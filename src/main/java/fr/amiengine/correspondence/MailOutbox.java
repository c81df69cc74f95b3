package fr.amiengine.correspondence;

import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the receipts and decision letters by SMTP, with the PDF attached, exactly once per file and kind (see
 * docs/selection.md). Each mail has a row of {@code outgoing_mail} (unique per file and kind), marked {@code SENT} in
 * its own transaction as soon as the relay accepted the message: a job that stops before sending runs again after a
 * restart and sends; a job retried after sending finds the row {@code SENT} and does nothing. Only a crash between
 * the relay's acceptance and that commit — a few milliseconds — makes the retry send the letter a second time, with
 * the same Message-ID.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    @Inject
    CandidatureRepository candidatures;

    @Inject
    DocumentStore store;

    @Inject
    Mailer mailer;

    @Inject
    ServerClock clock;

    @ConfigProperty(name = "ami.mail.domain", defaultValue = "ami-engine.example")
    String domain;

    @ConfigProperty(name = "ami.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

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
        mailer.send(Mail.withText(pending.recipient(), pending.subject(), pending.body())
                .addHeader("Message-ID", pending.messageId())
                .addAttachment(pending.fileName(), pending.pdf(), "application/pdf"));
        QuarkusTransaction.requiringNew().run(() -> {
            OutgoingMail mail = OutgoingMail.findById(pending.mailId());
            mail.attempts++;
            mail.state = OutgoingMail.State.SENT;
            mail.sentAt = clock.now();
        });
        LOG.infof("%s de %s envoyé à %s", kind, reference, pending.recipient());
    }

    private Pending prepare(String reference, DocumentKind kind) {
        Candidature file = candidatures.getByReference(reference);
        OutgoingMail mail = OutgoingMail.<OutgoingMail>find("candidature.id = ?1 and kind = ?2", file.id, kind)
                .firstResultOptional().orElseGet(() -> create(file, kind));
        if (mail.state == OutgoingMail.State.SENT) {
            LOG.infof("%s de %s déjà envoyé le %s : rien à faire", kind, reference, mail.sentAt);
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
        mail.recipient = file.contactEmail;
        mail.subject = switch (kind) {
            case RECEIPT -> "Accusé de réception de votre candidature " + file.reference;
            case DECISION_LETTER -> "Décision du comité de sélection sur votre candidature " + file.reference;
            case MINUTES -> throw new IllegalArgumentException("le procès-verbal ne s'envoie pas aux candidats");
        };
        mail.messageId = "<" + kind.fileStem + "." + file.reference + "@" + domain + ">";
        mail.state = OutgoingMail.State.PENDING;
        mail.createdAt = clock.now();
        mail.persist();
        return mail;
    }

    private String body(Candidature file, DocumentKind kind) {
        String link = publicUrl + "/candidatures/" + file.reference;
        return switch (kind) {
            case RECEIPT -> "Bonjour,\n\nNous avons bien reçu la candidature " + file.reference + " (« " + file.solutionName
                    + " ») à l'appel « " + file.campaign.title + " ». L'accusé de réception est joint à ce message.\n\n"
                    + "Vous pouvez suivre votre dossier à l'adresse " + link + ".\n\nL'équipe de la campagne";
            case DECISION_LETTER -> "Bonjour,\n\nLe comité de sélection de l'appel « " + file.campaign.title + " » a rendu sa "
                    + "décision sur la candidature " + file.reference + " (« " + file.solutionName + " »). La lettre de décision "
                    + "motivée est jointe à ce message ; elle est aussi disponible à l'adresse " + link + ".\n\n"
                    + "L'équipe de la campagne";
            case MINUTES -> throw new IllegalArgumentException("le procès-verbal ne s'envoie pas aux candidats");
        };
    }
}
