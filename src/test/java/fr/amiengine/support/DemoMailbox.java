package fr.amiengine.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The demo's mailbox: an SMTP server (GreenMail) on loopback that Keycloak sends its mail to (the link that verifies
 * a self-registered account's address, the invited members' first sign-in). Nothing leaves the machine: each message
 * is written to {@code target/demo/courriels/} as an {@code .eml} file, and its link is printed in the console, so the
 * person trying the demo follows it there.
 */
final class DemoMailbox implements AutoCloseable {

    private final GreenMail server;
    private final Path folder;
    private final Thread watcher;

    private DemoMailbox(GreenMail server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.watcher = new Thread(this::watch, "demo-mailbox");
        this.watcher.setDaemon(true);
    }

    static DemoMailbox start(int port, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        DemoMailbox mailbox = new DemoMailbox(server, folder);
        mailbox.watcher.start();
        return mailbox;
    }

    /** Writes each message as it arrives; GreenMail wakes the thread, nothing polls on a timer. */
    private void watch() {
        int written = 0;
        while (!Thread.currentThread().isInterrupted()) {
            server.waitForIncomingEmail(java.time.Duration.ofHours(1).toMillis(), written + 1);
            MimeMessage[] received = server.getReceivedMessages();
            for (; written < received.length; written++) {
                keep(received[written], written + 1);
            }
        }
    }

    private void keep(MimeMessage message, int number) {
        try {
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
            Path file = folder.resolve(String.format("%03d-%s.eml", number, to.replaceAll("[^A-Za-z0-9.@-]", "_")));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            Matcher link = Keycloak.VERIFICATION_LINK.matcher(GreenMailTestResource.text(message));
            System.out.println("[démo] Courriel de Keycloak pour " + to + "\u00a0: «\u00a0" + message.getSubject() + "\u00a0» ("
                    + file + ")" + (link.find() ? System.lineSeparator() + "[démo]   lien à ouvrir\u00a0: "
                    + link.group().replace("&amp;", "&") : ""));
        } catch (MessagingException | IOException e) {
            System.out.println("[démo] Courriel reçu mais illisible\u00a0: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        watcher.interrupt();
        server.stop();
    }
}
