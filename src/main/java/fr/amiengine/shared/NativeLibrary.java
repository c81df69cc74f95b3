package fr.amiengine.shared;

import com.google.ortools.Loader;
import java.util.Optional;

/**
 * A native library loaded once per JVM, and what became of the load: not started, loading, loaded (in how long) or
 * failed (why, in French). {@link #ensureLoaded()} is idempotent and synchronized: the first caller loads, the others
 * wait for it, and a failed load is not retried (the node stays unready until restarted, see {@link SolverLibrary}).
 */
public final class NativeLibrary {

    /** Google OR-Tools, which both solvers use (the assignment's min-cost flow and the selection's CP-SAT). */
    public static final NativeLibrary OR_TOOLS = new NativeLibrary("OR-Tools", Loader::loadNativeLibraries);

    /** Where a load stands. */
    public enum Status { NOT_STARTED, LOADING, LOADED, FAILED }

    private final String name;
    private final Runnable loader;
    private volatile Status status = Status.NOT_STARTED;
    private volatile long loadMillis = -1;
    private volatile String failure;

    /** A library loaded by {@code loader}; named to the users by {@code name}. */
    public NativeLibrary(String name, Runnable loader) {
        this.name = name;
        this.loader = loader;
    }

    /**
     * Loads the library unless done already.
     *
     * @throws AmiException (409) with a French reason when it cannot be loaded on this server
     */
    public void ensureLoaded() {
        if (status != Status.LOADED) {
            load();
        }
        if (status == Status.FAILED) {
            throw AmiException.conflict("Le calcul automatique est indisponible sur ce serveur\u00a0: " + failure
                    + " Prévenez l’exploitant de la plateforme.");
        }
    }

    private synchronized void load() {
        if (status == Status.LOADED || status == Status.FAILED) {
            return;
        }
        status = Status.LOADING;
        long started = System.nanoTime();
        try {
            loader.run();
            loadMillis = (System.nanoTime() - started) / 1_000_000;
            status = Status.LOADED;
        } catch (RuntimeException | LinkageError e) {
            failure = "la bibliothèque native " + name + " n’a pas pu être chargée (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : "\u00a0: " + e.getMessage()) + ").";
            status = Status.FAILED;
        }
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    /** How long the load took, once loaded. */
    public Optional<Long> loadMillis() {
        return status == Status.LOADED ? Optional.of(loadMillis) : Optional.empty();
    }

    /** Why the load failed, in French, once failed. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
