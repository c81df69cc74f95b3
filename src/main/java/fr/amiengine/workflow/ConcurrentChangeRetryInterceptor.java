package fr.amiengine.workflow;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetryOnConcurrentChange} method again when its transaction was rolled back by a concurrent change.
 * Its priority puts it outside {@code @Transactional} (whose interceptor has {@code PLATFORM_BEFORE + 200}), so each
 * attempt is a new transaction with a fresh persistence context; the pause between attempts grows and is jittered
 * so that two losers do not meet again. SmallRye Fault Tolerance's {@code @Retry} was weighed: it runs inside the
 * transaction unless its interceptor priority is moved for the whole application, and cannot tell an outermost
 * call from a nested one.
 */
@RetryOnConcurrentChange
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConcurrentChangeRetryInterceptor {

    /** Attempts in all, the first included. */
    static final int ATTEMPTS = 5;

    private static final Logger LOG = Logger.getLogger(ConcurrentChangeRetryInterceptor.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (insideTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !ConcurrentChanges.isConcurrentChange(e)) {
                    throw e;
                }
                LOG.debugf("Modification concurrente pendant %s.%s (essai %d sur %d)\u00a0: nouvel essai",
                        call.getMethod().getDeclaringClass().getSimpleName(), call.getMethod().getName(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private static void pause(int attempt) throws InterruptedException {
        long ceiling = 20L << attempt; // 40, 80, 160, 320 ms
        Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling));
    }
}
