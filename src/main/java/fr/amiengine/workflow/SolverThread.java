package fr.amiengine.workflow;

import fr.amiengine.shared.AfterTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * This node's one thread for the solves too long for a job of the job executor (a selection of 43,500 files takes
 * about a minute, more than the job's lock and transaction): a solve is handed to it once the transaction that asked
 * for it has committed, never if it rolled back, and runs with no transaction nor connection held. One thread, so that
 * two large campaigns solve one after the other rather than share the node's cores with its requests. What it held
 * in memory is lost with the node: the process that waits for the result starts the calculation again after a while
 * (docs/bpmn.md, {@code Process_SelectionCalculation}).
 */
@ApplicationScoped
public class SolverThread {

    private static final Logger LOG = Logger.getLogger(SolverThread.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "ami-solveur");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} on the solver thread once the current transaction has committed. */
    public void afterCommit(String what, Runnable task) {
        AfterTransaction.ends(transactions, committed -> {
            if (committed) {
                thread.execute(() -> run(what, task));
            }
        });
    }

    private static void run(String what, Runnable task) {
        long began = System.nanoTime();
        try {
            task.run();
            LOG.infof("Calcul %s terminé en %d ms", what, (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Calcul %s en échec après %d ms", what, (System.nanoTime() - began) / 1_000_000);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
