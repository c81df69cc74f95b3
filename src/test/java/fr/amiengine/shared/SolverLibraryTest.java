package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class SolverLibraryTest {

    @Test
    void reportsNotReadyBeforeTheLibraryIsLoaded() {
        SolverLibrary check = new SolverLibrary(new NativeLibrary("essai", () -> { }));

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("raison", "chargement en cours");
    }

    @Test
    void loadsOnceAndReportsReadyWithTheTimeItTook() {
        AtomicInteger loads = new AtomicInteger();
        NativeLibrary library = new NativeLibrary("essai", loads::incrementAndGet);
        SolverLibrary check = new SolverLibrary(library);

        check.load();
        library.ensureLoaded();
        library.ensureLoaded();

        assertThat(loads).hasValue(1);
        HealthCheckResponse response = check.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsKey("chargée en (ms)");
    }

    @Test
    void aLibraryThatCannotLoadKeepsTheNodeUnreadyAndRefusesTheSolveInFrench() {
        AtomicInteger loads = new AtomicInteger();
        NativeLibrary library = new NativeLibrary("essai", () -> {
            loads.incrementAndGet();
            throw new UnsatisfiedLinkError("libortools.so.9: cannot open shared object file");
        });
        SolverLibrary check = new SolverLibrary(library);

        check.load();

        HealthCheckResponse response = check.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat((String) response.getData().orElseThrow().get("raison"))
                .startsWith("la bibliothèque native essai n’a pas pu être chargée")
                .contains("libortools.so.9");
        assertThatThrownBy(library::ensureLoaded)
                .isInstanceOfSatisfying(AmiException.class, e -> assertThat(e.kind()).isEqualTo(AmiException.Kind.CONFLICT))
                .hasMessageStartingWith("Le calcul automatique est indisponible sur ce serveur");
        assertThat(loads).as("a failed load is not retried at every solve").hasValue(1);
    }
}
