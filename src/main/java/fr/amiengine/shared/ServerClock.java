package fr.amiengine.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's notion of "now" for business rules such as the submission deadline. A bean rather
 * than {@code Instant.now()} so that tests can place a request one second after a deadline.
 */
@ApplicationScoped
public class ServerClock {

    /** Now, to the microsecond: the precision the database keeps, so that what is returned is what is stored. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
