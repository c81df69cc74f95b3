package fr.amiengine.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Scenario;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Taking the campaign's row lock is how deliberation, approval and reopening exclude each other: whoever gets the
 * lock second must see what the first one committed, even when the campaign was already loaded in its transaction
 * (a decision reaches its campaign through the decision's own link).
 */
@QuarkusTest
class CampaignLockTest {

    @Inject
    CampaignRepository campaigns;

    @Inject
    EntityManager entityManager;

    @Test
    void theLockReadsWhatAnotherTransactionCommittedSinceTheCampaignWasLoaded() {
        String code = Scenario.draftCampaign();

        String seenUnderLock = QuarkusTransaction.requiringNew().call(() -> {
            Campaign loaded = campaigns.getByCode(code);
            assertThat(loaded.approvalRefusal).isNull();
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update campaign set approval_refusal = 'renvoyé entre-temps', version = version + 1"
                            + " where code = :code")
                    .setParameter("code", code).executeUpdate());
            return campaigns.lockByCode(code).approvalRefusal;
        });

        assertThat(seenUnderLock).isEqualTo("renvoyé entre-temps");
    }
}
