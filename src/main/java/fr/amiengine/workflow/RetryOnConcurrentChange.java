package fr.amiengine.workflow;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user's action that loses a race it did not cause — a job of the engine, or another user, changing the same
 * process or row at that moment — is run again, whole, in a new transaction, a few times, before the user is told
 * of a conflict. Put it on services whose transactional methods users call; a call made inside a transaction that
 * is already running (a delegate, a service calling another) is never retried there: its outermost caller is.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConcurrentChange {
}
