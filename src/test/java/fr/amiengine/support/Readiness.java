package fr.amiengine.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waits for a child process to answer 200 on a URL, failing early if the process dies. */
public final class Readiness {

    private Readiness() {
    }

    /**
     * @param what  the server's name in French, for the messages ("Keycloak", "L’application")
     * @param where what to read when it fails (its log file)
     */
    public static void await(Process process, URI url, Duration timeout, String what, Object where) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(what + " s’est arrêté au démarrage\u00a0; voir " + where);
                }
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                process.waitFor(100, TimeUnit.MILLISECONDS); // a tenth of a second: the benchmark times the start by it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(what + " n’a pas répondu en " + timeout.toSeconds() + " s\u00a0; voir " + where);
    }
}
