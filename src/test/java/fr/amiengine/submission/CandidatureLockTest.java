package fr.amiengine.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ConcurrentChanges;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link CandidatureRepository#lockByReference} takes the file's row lock in one statement (issue #13) and still
 * returns the file as last committed; when this transaction had read it before the lock and another changed it
 * meanwhile, the lock's version check refuses, as it did before.
 */
@QuarkusTest
class CandidatureLockTest {

    @Inject
    CandidatureRepository candidatures;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aLockTakenOnAFreshTransactionSeesWhatAnotherTransactionCommittedJustBefore() {
        String reference = draft();
        QuarkusTransaction.requiringNew().run(() -> candidatures.getByReference(reference).solutionName = "Changée ailleurs");

        String seen = QuarkusTransaction.requiringNew().call(() -> candidatures.lockByReference(reference).solutionName);

        assertThat(seen).isEqualTo("Changée ailleurs");
    }

    @Test
    void aLockTakenAfterTheFileWasReadNeverReturnsTheStateReadBefore() {
        String reference = draft();

        // the version check of the lock tells the change: a concurrent change, which RetryOnConcurrentChange retries
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(candidatures.getByReference(reference).solutionName).isNotEqualTo("Changée ailleurs");
            QuarkusTransaction.requiringNew().run(() -> candidatures.getByReference(reference).solutionName = "Changée ailleurs");
            candidatures.lockByReference(reference);
        })).satisfies(e -> assertThat(ConcurrentChanges.isConcurrentChange(e)).as("modification concurrente\u00a0: %s", e).isTrue());
    }

    @Test
    void aLockReadsTheFileItsCampaignAndItsHistoryInOneStatement() {
        String reference = draft();
        Statistics statistics = sessionFactory.getStatistics();

        long statements = QuarkusTransaction.requiringNew().call(() -> {
            long before = statistics.getPrepareStatementCount();
            Candidature file = candidatures.lockByReference(reference);
            String read = file.campaign.code + file.organisation.legalName + file.history.size()
                    + (file.track == null ? "" : file.track.code) + (file.family == null ? "" : file.family.code);
            assertThat(read).isNotBlank();
            assertThat(file.history).hasSize(1);
            return statistics.getPrepareStatementCount() - before;
        });

        assertThat(statements).as("requêtes SQL pour verrouiller et lire un dossier").isEqualTo(1);
    }

    private static String draft() {
        String campaign = Scenario.openCampaign();
        Scenario.organisations();
        return Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
    }
}
