package fr.amiengine.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Nobody is booked twice in one slot, even when fifty requests arrive at once: exactly one succeeds, every other one is
 * a French 409 problem, never a 500, and the database holds the one meeting and its bookings.
 */
@QuarkusTest
class MeetingConcurrencyTest {

    private static final int REQUESTS = 50;

    @Inject
    MeetingBookingRepository bookings;

    @Inject
    MeetingRepository meetings;

    private record Attempt(String token, Integer slot, String laureate) {
    }

    @Test
    void fiftyBuyersAskingTheSameLaureateForTheSameSlotBookItOnce() throws Exception {
        MeetingScenario s = MeetingScenario.published();
        Integer slot = MeetingScenario.openDay(s.code, 25, 1).get(0);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(Tokens.of(Scenario.newVerifiedBuyer("Acheteur concurrent " + Scenario.uniqueCode("C"))));
        }
        assertExactlyOneWins(slot, i -> new Attempt(tokens.get(i % tokens.size()), slot, s.alpha1));
    }

    @Test
    void oneBuyerAskingSeveralLaureatesForTheSameSlotIsBookedOnce() throws Exception {
        MeetingScenario s = MeetingScenario.published();
        Integer slot = MeetingScenario.openDay(s.code, 26, 1).get(0);
        String token = Tokens.of(Scenario.newVerifiedBuyer("Acheteur pressé " + Scenario.uniqueCode("C")));
        List<String> laureates = List.of(s.alpha1, s.beta, s.alpha2);
        assertExactlyOneWins(slot, i -> new Attempt(token, slot, laureates.get(i % laureates.size())));
    }

    private void assertExactlyOneWins(Integer slot, IntFunction<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Attempt a = attempts.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(a.token()).contentType("application/json")
                            .body(MeetingScenario.request(a.slot(), a.laureate())).post("/api/meetings/requests");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(responses).filteredOn(r -> r.statusCode() != 201).hasSize(REQUESTS - 1).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
                assertThat(r.contentType()).contains("application/problem+json");
                assertThat(r.jsonPath().getString("detail")).contains("créneau");
            });
        } finally {
            pool.shutdownNow();
        }
        Long slotId = slot.longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(meetings.count("slot.id", slotId)).isEqualTo(1);
            // one meeting, its three parties: the buyer's account, its administration, the laureate
            assertThat(bookings.countOfSlot(slotId)).isEqualTo(3);
        });
    }
}
