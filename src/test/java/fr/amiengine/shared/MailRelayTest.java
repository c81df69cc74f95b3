package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which relay failures are offered again at once: only a channel the relay closed (421), never a refusal. */
class MailRelayTest {

    private static SMTPException reply(int code) {
        return new SMTPException("réponse du relais", code, List.of(code + " message"), code >= 500);
    }

    @Test
    void aChannelClosedByTheRelayIsTriedAgainEvenWhenWrapped() {
        assertThat(MailRelay.closedByRelay(new CompletionException(reply(421)))).isTrue();
        assertThat(MailRelay.closedByRelay(reply(421))).isTrue();
    }

    @Test
    void aRefusalOrAnotherFailureIsLeftToTheEngine() {
        assertThat(MailRelay.closedByRelay(new CompletionException(reply(550)))).isFalse();
        assertThat(MailRelay.closedByRelay(new CompletionException(reply(451)))).isFalse();
        assertThat(MailRelay.closedByRelay(new IllegalStateException("autre"))).isFalse();
    }
}
