package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import fr.amiengine.support.DecidedCampaign;
import fr.amiengine.support.KillSwitch;
import fr.amiengine.support.PackagedApplication;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch of decision letters interrupted by the worst stop there is: the packaged application, on PostgreSQL, with
 * the real Keycloak and an SMTP server (GreenMail, in this JVM), is killed with SIGKILL while it mails the letters of
 * a decided campaign, then started again on the same database. The kill comes from the SMTP server itself, while it
 * takes the k-th letter (k drawn from a seeded {@link KillSwitch}, printed; {@code -Dami.crash.seed=N} replays it):
 * the relay has the message, the application never hears it was taken. That is the one moment at which SMTP cannot
 * be exactly once (the outbox marks a letter {@code SENT} only once the relay said so), so the test pins down the
 * real guarantee of {@code MailOutbox}:
 * <ul>
 *   <li>every candidate gets the letter, and every letter carries the file's fixed Message-ID;</li>
 *   <li>a letter the outbox had marked {@code SENT} before the kill never leaves again;</li>
 *   <li>only a letter the relay took but the outbox had not yet marked (the k-th, and any other caught in that
 *   window) leaves a second time, with the same Message-ID, so that the recipient's mail client shows it once.</li>
 * </ul>
 * Then every file's process has ended, there is no incident, and the jobs the dead process held resume within a
 * minute (their lock, 50 s, expires; the executor polls at least every 10 s), or at once after the restart when the
 * machine took longer than that to start the application again. Production job executor settings.
 *
 * <p>Needs PostgreSQL like the other packaged tests (see {@link PackagedApplication}).
 */
class LetterBatchCrashIT {

    private static final int FILES = 12;
    /** The job executor's lock (application.properties): a job the dead process held is free again that long after. */
    private static final Duration LOCK = Duration.ofSeconds(50);
    /**
     * Once free and the application up again: one poll of the executor (at most 10 s), the job itself, and a relay that
     * stalls 30 s before its « 421 » (GreenMail on a loaded machine; the outbox then offers the mail again). The
     * engine's default lock, five minutes, would miss it by far.
     */
    private static final Duration THEN_WITHIN = Duration.ofSeconds(45);
    private static final String HELD_BY_THE_DEAD = "select distinct e.business_key_ from act_ru_job j join act_ru_execution e"
            + " on e.id_ = j.process_instance_id_ where j.lock_owner_ is not null";
    private static final String MESSAGE_IDS = "select m.message_id from outgoing_mail m join candidature c on c.id = m.candidature_id"
            + " where m.kind = 'DECISION_LETTER' and c.reference = ";

    /** A letter as the relay took it: for whom, which file, its Message-ID, when. */
    private record Delivery(String recipient, String reference, String messageId, Instant at) {
    }

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws IOException {
        application = PackagedApplication.prepare("letters", true);
        application.start("premier");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aSigkillDuringTheLetterBatchLosesNoLetterAndResendsOnlyTheOneTheRelayTookUnacknowledged() throws Exception {
        // given a decided campaign whose letters leave, and an SMTP server that kills the application while it takes the k-th
        KillSwitch kill = KillSwitch.between(2, FILES - 4);
        System.out.printf("LetterBatchCrashIT\u00a0: graine %d, SIGKILL pendant la réception de la lettre n° %d sur %d%n",
                kill.seed(), kill.after(), FILES);
        Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
        AtomicReference<Instant> killedAt = new AtomicReference<>();
        AtomicLong killedPid = new AtomicLong();
        AtomicReference<String> killedDuring = new AtomicReference<>();
        CountDownLatch killed = new CountDownLatch(1);
        UserManager users = application.smtp().getUserManager();
        MessageDeliveryHandler store = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, to) -> {
            String subject = message.getMessage().getSubject();
            if (subject != null && subject.startsWith(DecidedCampaign.LETTER_SUBJECT)) {
                String reference = subject.substring(DecidedCampaign.LETTER_SUBJECT.length());
                deliveries.add(new Delivery(to.getEmail(), reference, message.getMessage().getMessageID(), Instant.now()));
                if (kill.count()) {
                    killedDuring.set(reference);
                    try {
                        killedPid.set(kill.pull(application));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    killedAt.set(Instant.now());
                    killed.countDown();
                }
            }
            return store.handle(message, to);
        });

        DecidedCampaign campaign = DecidedCampaign.decide("LETTRES", FILES, Duration.ofSeconds(60), application);

        // when the application dies while the relay takes the k-th letter
        assertThat(killed.await(3, TimeUnit.MINUTES)).as("SIGKILL pendant la lettre n° " + kill.after()).isTrue();
        PackagedApplication.await(Duration.ofSeconds(10), "la lettre n° " + kill.after() + " gardée par le relais",
                () -> letters().size() >= kill.after());
        Set<String> markedSent = application.strings("select c.reference from outgoing_mail m join candidature c on c.id = m.candidature_id"
                + " where m.kind = 'DECISION_LETTER' and m.state = 'SENT'");
        Set<String> takenByRelay = letters().stream().map(LetterBatchCrashIT::referenceOf).collect(Collectors.toSet());
        Set<String> inTheWindow = new HashSet<>(takenByRelay);
        inTheWindow.removeAll(markedSent);
        System.out.printf("LetterBatchCrashIT\u00a0: processus %d tué\u00a0; %d lettres prises par le relais, %d marquées envoyées,"
                + " %d prises sans être marquées %s%n", killedPid.get(), takenByRelay.size(), markedSent.size(), inTheWindow.size(), inTheWindow);
        assertThat(takenByRelay).as("lettres marquées envoyées avant l’arrêt\u00a0: le relais les a").containsAll(markedSent);
        assertThat(takenByRelay).as("le lot est interrompu").hasSizeLessThan(FILES);
        Set<String> heldByTheDead = application.strings(HELD_BY_THE_DEAD);
        assertThat(heldByTheDead).as("dossiers dont le processus tué tenait un travail").contains(killedDuring.get());

        application.start("apres-crash");
        Instant readyAt = Instant.now();
        PackagedApplication.await(Duration.ofSeconds(90), "toutes les lettres envoyées, les processus des dossiers terminés", () ->
                application.count("select count(*) from outgoing_mail where kind = 'DECISION_LETTER' and state = 'SENT'") == FILES
                        && application.count("select count(*) from act_hi_procinst where proc_def_key_ = 'Process_Candidature'"
                        + " and end_time_ is not null") == FILES
                        && application.count("select count(*) from act_ru_job where handler_type_ = 'async-continuation'") == 0);

        // then every candidate has the letter once, save the ones the relay took unacknowledged, sent again as the same message
        Map<String, List<MimeMessage>> perRecipient = letters().stream().collect(Collectors.groupingBy(
                LetterBatchCrashIT::recipientOf, TreeMap::new, Collectors.toList()));
        Instant lastLetterAt = deliveries.stream().map(Delivery::at).max(Instant::compareTo).orElseThrow();
        Instant resumedAt = deliveries.stream().filter(d -> d.at().isAfter(readyAt) && heldByTheDead.contains(d.reference()))
                .map(Delivery::at).max(Instant::compareTo).orElseThrow();
        long duplicates = perRecipient.values().stream().mapToLong(l -> l.size() - 1).sum();
        System.out.printf("LetterBatchCrashIT\u00a0: %d lettres attendues, %d destinataires servis, %d livraisons, %d en double %s\u00a0;"
                        + " travaux du processus tué (%s) repris %d s après l’arrêt brutal\u00a0; dernière lettre %d s après l’arrêt brutal,"
                        + " %d s après la reprise (redémarrage en %d s)%n", FILES, perRecipient.size(),
                letters().size(), duplicates, perRecipient.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList(),
                heldByTheDead, Duration.between(killedAt.get(), resumedAt).toSeconds(),
                Duration.between(killedAt.get(), lastLetterAt).toSeconds(), Duration.between(readyAt, lastLetterAt).toSeconds(),
                Duration.between(killedAt.get(), readyAt).toSeconds());

        assertThat(perRecipient.keySet()).as("chaque candidat reçoit sa lettre").isEqualTo(Set.copyOf(campaign.contacts().values()));
        for (Map.Entry<String, String> file : campaign.contacts().entrySet()) {
            List<MimeMessage> received = perRecipient.get(file.getValue());
            String expectedId = application.strings(MESSAGE_IDS + "'" + file.getKey() + "'").iterator().next();
            assertThat(received).as("lettres de " + file.getKey()).allSatisfy(letter -> {
                assertThat(referenceOf(letter)).isEqualTo(file.getKey());
                assertThat(letter.getMessageID()).as("Message-ID fixe du dossier").isEqualTo(expectedId);
            });
            if (inTheWindow.contains(file.getKey())) {
                assertThat(received).as("lettre de " + file.getKey() + " prise par le relais sans accusé\u00a0: renvoyée une fois").hasSize(2);
            } else {
                assertThat(received).as("lettre de " + file.getKey() + "\u00a0: une seule").hasSize(1);
            }
        }
        Instant lockOver = killedAt.get().plus(LOCK);
        Instant resumable = readyAt.isAfter(lockOver) ? readyAt : lockOver;
        assertThat(Duration.between(resumable, resumedAt)).as("reprise des travaux du processus tué, après la fin de leur verrou"
                + " (50 s après l’arrêt) ou le redémarrage s’il fut plus long").isLessThan(THEN_WITHIN);
        assertThat(application.count("select count(*) from act_ru_incident")).as("incidents du moteur").isZero();
        assertThat(application.count("select count(*) from act_ru_job where retries_ = 0")).as("travaux sans nouvel essai").isZero();
    }

    private static List<MimeMessage> letters() {
        return Arrays.stream(application.smtp().getReceivedMessages())
                .filter(m -> subject(m).startsWith(DecidedCampaign.LETTER_SUBJECT)).toList();
    }

    private static String referenceOf(MimeMessage letter) {
        return subject(letter).substring(DecidedCampaign.LETTER_SUBJECT.length());
    }

    private static String recipientOf(MimeMessage letter) {
        try {
            return letter.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
