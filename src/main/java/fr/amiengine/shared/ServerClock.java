package fr.amiengine.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The server's notion of "now" for business rules such as the submission deadline. A bean rather
 * than {@code Instant.now()} so that tests can place a request one second after a deadline.
 */
@ApplicationScoped
public class ServerClock {

    public Instant now() {
        return Instant.now();
    }
}
