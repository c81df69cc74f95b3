package fr.amiengine.workflow;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;

/**
 * Which failures mean that another transaction changed the same rows first — ours (Hibernate's version checks,
 * row locks) or the engine's (its optimistic locking on executions and jobs). Such a transaction was rolled back
 * whole and can be run again; a unique-key violation is not one of them: it is a real duplicate.
 */
public final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /** Whether an exception, or one of its causes, says that another transaction changed the same rows first. */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
