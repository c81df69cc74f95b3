package fr.amiengine.workshops;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fifty members of a laureate's organisation register at the same instant for a session of three seats: exactly three
 * are registered, the others are refused with a French 409 (never an error), and the seats taken never pass the
 * capacity. Then one account registering ten times at once is registered once. The registrations go through the
 * service, as the API's do, so that fifty distinct accounts need no fifty Keycloak users.
 */
@QuarkusTest
class WorkshopConcurrencyTest {

    private static final int CLIENTS = 50;

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopRepository sessions;

    @Inject
    WorkshopRegistrationRepository registrations;

    @Test
    void fiftyMembersRacingForThreeSeatsLeaveThreeRegistered() throws Exception {
        Workshops.laureates();
        Number organisation = as(Tokens.CANDIDATE_A).get("/api/me/organisation").then().statusCode(200).extract().path("id");
        long id = Workshops.schedule("Course aux places " + Scenario.uniqueCode("C"), 17, 3);
        String prefix = Scenario.uniqueCode("membre");

        Map<String, Long> outcomes = race(CLIENTS, i -> new Actor(prefix + "-" + i, prefix + "-" + i, Set.of(Roles.CANDIDATE),
                organisation.longValue()), id);

        assertThat(outcomes).containsOnlyKeys("inscrit", "409").containsEntry("inscrit", 3L).containsEntry("409", 47L);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(registrations.count("workshop.id", id)).isEqualTo(3);
            assertThat(sessions.findById(id).registered).isEqualTo(3);
        });
    }

    @Test
    void oneAccountRegisteringTenTimesAtOnceIsRegisteredOnce() throws Exception {
        Workshops.laureates();
        Number organisation = as(Tokens.CANDIDATE_B).get("/api/me/organisation").then().statusCode(200).extract().path("id");
        long id = Workshops.schedule("Double clic " + Scenario.uniqueCode("C"), 18, 20);
        String subject = Scenario.uniqueCode("impatient");

        Map<String, Long> outcomes = race(10, i -> new Actor(subject, subject, Set.of(Roles.CANDIDATE), organisation.longValue()), id);

        assertThat(outcomes).containsOnlyKeys("inscrit", "409").containsEntry("inscrit", 1L).containsEntry("409", 9L);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(registrations.count("workshop.id", id)).isEqualTo(1);
            assertThat(sessions.findById(id).registered).isEqualTo(1);
        });
    }

    /** Runs {@code clients} registrations released together; counts each outcome (« inscrit », the status, or the error). */
    private Map<String, Long> race(int clients, Function<Integer, Actor> actor, long id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Actor who = actor.apply(i);
                Callable<String> task = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        workshops.register(who, id);
                        return "inscrit";
                    } catch (AmiException e) {
                        return String.valueOf(e.kind().status);
                    } catch (RuntimeException e) {
                        return e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                };
                results.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            return outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
