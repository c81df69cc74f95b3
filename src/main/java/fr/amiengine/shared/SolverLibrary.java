package fr.amiengine.shared;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Loads the solvers' native library ({@link NativeLibrary#OR_TOOLS}) at start, off the start-up thread, so that the
 * first assignment or selection of a request does not pay its 3.5–6 s (docs/performance.md, « Native library »); and
 * keeps the node unready until it is loaded, or for good when it cannot be, with the French reason in the check's
 * data: a node never takes traffic with a broken native library.
 */
@Readiness
@ApplicationScoped
public class SolverLibrary implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SolverLibrary.class);
    static final String CHECK = "bibliothèque des solveurs";

    final NativeLibrary library;

    public SolverLibrary() {
        this(NativeLibrary.OR_TOOLS);
    }

    SolverLibrary(NativeLibrary library) {
        this.library = library;
    }

    void onStart(@Observes StartupEvent event) {
        Thread loading = new Thread(this::load, "ami-solver-library");
        loading.setDaemon(true);
        loading.start();
    }

    /** Loads the library and says, once, how it went. */
    void load() {
        try {
            library.ensureLoaded();
            LOG.infof("Bibliothèque native %s des solveurs chargée en %d ms", library.name(), library.loadMillis().orElse(0L));
        } catch (AmiException e) {
            LOG.errorf("Bibliothèque native %s des solveurs indisponible\u00a0: %s", library.name(), library.failure().orElse(""));
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(CHECK).withData("bibliothèque", library.name());
        return switch (library.status()) {
            case LOADED -> response.up().withData("chargée en (ms)", library.loadMillis().orElse(0L)).build();
            case FAILED -> response.down().withData("raison", library.failure().orElse("")).build();
            case NOT_STARTED, LOADING -> response.down().withData("raison", "chargement en cours").build();
        };
    }
}
