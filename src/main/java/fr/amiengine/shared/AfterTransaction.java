package fr.amiengine.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;

/**
 * What must happen only once the current transaction has ended, and knows how it ended: work handed to another thread
 * after a commit, an outside effect undone after a rollback. The one place that registers a JTA synchronization.
 */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /** Calls {@code then} once the current transaction has ended, with whether it committed. */
    public static void ends(TransactionSynchronizationRegistry transactions, Consumer<Boolean> then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
