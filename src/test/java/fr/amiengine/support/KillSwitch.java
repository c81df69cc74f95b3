package fr.amiengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When a crash test kills the packaged application: after a seeded-random number of events, answers 200 to a burst of
 * clients or letters taken by the SMTP server. The seed comes from {@code -Dami.crash.seed=N} (to replay a run) or the
 * clock, and the test prints it. The clients count their 200s here and stop sending once the switch is pulled; the
 * requests on their way die with the process.
 */
public final class KillSwitch {

    private final long seed;
    private final int after;
    private final AtomicInteger events = new AtomicInteger();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicBoolean pulled = new AtomicBoolean();

    private KillSwitch(long seed, int after) {
        this.seed = seed;
        this.after = after;
    }

    /** A switch pulled after a number of 200s drawn between {@code min} and {@code max}, both included. */
    public static KillSwitch between(int min, int max) {
        long seed = Long.getLong("ami.crash.seed", System.nanoTime());
        return new KillSwitch(seed, min + new Random(seed).nextInt(max - min + 1));
    }

    public long seed() {
        return seed;
    }

    /** How many answers 200 the application gives before it is killed. */
    public int after() {
        return after;
    }

    /** A client got a 200. */
    public void answered200() {
        count();
    }

    /** One more event; true for the {@link #after()}-th one only, whose thread may then {@link #pull} the switch itself. */
    public boolean count() {
        int n = events.incrementAndGet();
        if (n >= after) {
            reached.countDown();
        }
        return n == after;
    }

    /** Whether the application has been killed: a client sends nothing more. */
    public boolean pulled() {
        return pulled.get();
    }

    /** Waits for the {@link #after()}-th 200, stops the clients and kills the application with SIGKILL; its pid. */
    public long pullWhenReached(PackagedApplication application, Duration within) throws InterruptedException {
        assertThat(reached.await(within.toMillis(), TimeUnit.MILLISECONDS)).as("seuil de " + after + " réponses 200 atteint")
                .isTrue();
        return pull(application);
    }

    /** Stops the clients and kills the application with SIGKILL now; its pid. */
    public long pull(PackagedApplication application) throws InterruptedException {
        pulled.set(true);
        return application.kill();
    }
}
