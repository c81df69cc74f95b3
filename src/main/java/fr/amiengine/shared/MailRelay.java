package fr.amiengine.shared;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The one way the application hands a mail to the SMTP relay: letters, receipts and reminders alike. A relay that
 * closes the channel with « 421 » (service not available, RFC 5321) did not take the message: it is offered once
 * more on a new connection at once, with the same headers, before the sending job fails and the engine retries it
 * later.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    /**
     * How long one delivery may wait for the relay, both offers included. A sending job must end within the job
     * executor's lock (50 s, application.properties), or the executor would take it again and send the mail twice;
     * the mailer has no timeout of its own. Long enough for a relay that stalls half a minute before its « 421 » (as
     * GreenMail does now and then) and for the second offer that follows.
     */
    public static final Duration DELIVERY_BUDGET = Duration.ofSeconds(45);

    @Inject
    ReactiveMailer mailer;

    /** Delivers {@code mail}, offering it a second time if the relay closed the channel; {@code what} names it in the log. */
    public void deliver(Mail mail, String what) {
        long deadline = System.nanoTime() + DELIVERY_BUDGET.toNanos();
        try {
            mailer.send(mail).await().atMost(DELIVERY_BUDGET);
        } catch (RuntimeException e) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (!closedByRelay(e) || left.isNegative() || left.isZero()) {
                throw e;
            }
            LOG.warnf("%s\u00a0: le relais a fermé le canal (421)\u00a0; nouvel essai sur une nouvelle connexion", what);
            mailer.send(mail).await().atMost(left);
        }
    }

    static boolean closedByRelay(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp && smtp.getReplyCode() == 421) {
                return true;
            }
        }
        return false;
    }
}
