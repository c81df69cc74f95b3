package fr.amiengine.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a loopback port, that the application sends its mail to:
 * receipts, decision letters and reminders are read back as they were received. Keycloak sends its own mail
 * (address verification, required actions) to the same server ({@link KeycloakTestResource} asks for its port), so a
 * test reads both in one mailbox.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    /** Chosen once per JVM: Keycloak, started once for the run, keeps sending there across restarts of the server. */
    private static int port;

    @Override
    public Map<String, String> start() {
        int smtp = smtpPort();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    /** The port of the running server, started here if it is not yet (whichever of the two resources starts first). */
    static synchronized int smtpPort() {
        if (server == null) {
            if (port == 0) {
                port = freePort();
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return port;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received so far for this address whose subject contains the text. */
    public static List<MimeMessage> receivedBy(String address, String subjectContains) {
        return received(subjectContains).stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * The messages received for this address, waiting for the first one up to the timeout (Keycloak sends after its
     * answer; GreenMail tells when a message arrives, nothing sleeps).
     */
    public static List<MimeMessage> awaitReceivedBy(String address, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        List<MimeMessage> found = receivedBy(address, "");
        while (found.isEmpty() && Instant.now().isBefore(end)) {
            server.waitForIncomingEmail(Math.max(1, Duration.between(Instant.now(), end).toMillis()),
                    server.getReceivedMessages().length + 1);
            found = receivedBy(address, "");
        }
        return found;
    }

    /** Every message received so far whose subject contains the text (a file's reference, say). */
    public static List<MimeMessage> received(String subjectContains) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> subject(m).contains(subjectContains)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's text, every part decoded (Keycloak sends quoted-printable text and HTML). */
    public static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
