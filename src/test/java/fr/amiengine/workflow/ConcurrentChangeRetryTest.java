package fr.amiengine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.support.Scenario;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction that loses a real race (another transaction changes the row between its read and its commit) is run
 * again, whole, by {@link RetryOnConcurrentChange}; a call nested in a running transaction, and any other failure,
 * are not.
 */
@QuarkusTest
class ConcurrentChangeRetryTest {

    @Inject
    Renaming renaming;

    @Inject
    CampaignRepository campaigns;

    private String code;

    @BeforeEach
    void aCampaign() {
        code = Scenario.draftCampaign();
        renaming.attempts.set(0);
    }

    @Test
    void aTransactionThatLosesARaceIsRunAgainUntilItCommits() {
        renaming.interferingAttempts = 2;

        String title = renaming.rename(code, "Titre après deux conflits");

        assertThat(title).isEqualTo("Titre après deux conflits");
        assertThat(renaming.attempts).hasValue(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> campaigns.getByCode(code).title))
                .isEqualTo("Titre après deux conflits");
    }

    @Test
    void givesUpAfterFiveAttemptsAndReportsTheConflict() {
        renaming.interferingAttempts = Integer.MAX_VALUE;

        assertThatThrownBy(() -> renaming.rename(code, "Jamais"))
                .matches(ConcurrentChanges::isConcurrentChange, "un conflit de modification concurrente");
        assertThat(renaming.attempts).hasValue(ConcurrentChangeRetryInterceptor.ATTEMPTS);
    }

    @Test
    void aCallInsideARunningTransactionIsLeftToItsOutermostCaller() {
        renaming.interferingAttempts = 1;

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> renaming.rename(code, "Imbriqué")))
                .matches(ConcurrentChanges::isConcurrentChange, "un conflit de modification concurrente");
        assertThat(renaming.attempts).hasValue(1);
    }

    @Test
    void aBusinessRefusalIsNotRetried() {
        renaming.interferingAttempts = 0;

        assertThatThrownBy(() -> renaming.rename(code, "")).isInstanceOf(AmiException.class);
        assertThat(renaming.attempts).hasValue(1);
    }

    /**
     * Renames a campaign; on its first {@code interferingAttempts} attempts, another transaction changes the row first.
     * A singleton (no client proxy), so that the test reads the counters of the instance that ran.
     */
    @Singleton
    @RetryOnConcurrentChange
    static class Renaming {

        final AtomicInteger attempts = new AtomicInteger();
        volatile int interferingAttempts;

        @Inject
        CampaignRepository campaigns;

        @Inject
        EntityManager entityManager;

        @Transactional
        public String rename(String code, String title) {
            int attempt = attempts.incrementAndGet();
            if (title.isEmpty()) {
                throw AmiException.conflict("Le titre est obligatoire.");
            }
            Campaign campaign = campaigns.getByCode(code);
            if (attempt <= interferingAttempts) {
                QuarkusTransaction.requiringNew().run(() -> entityManager
                        .createNativeQuery("update campaign set version = version + 1 where code = :code")
                        .setParameter("code", code).executeUpdate());
            }
            campaign.title = title;
            return campaign.title;
        }
    }
}
