package fr.amiengine.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.amiengine.support.PackagedApplication;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SolverLibraryHealthTest {

    @Test
    void loadsTheSolversLibraryAtStartAndReportsItInTheReadinessCheck() {
        PackagedApplication.await(Duration.ofMinutes(1), "la bibliothèque des solveurs chargée",
                () -> given().get("/q/health/ready").statusCode() == 200);

        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'bibliothèque des solveurs' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bibliothèque des solveurs' }.data.'bibliothèque'", equalTo("OR-Tools"));
        assertThat(NativeLibrary.OR_TOOLS.status()).as("chargée au démarrage, avant toute requête de calcul")
                .isEqualTo(NativeLibrary.Status.LOADED);
    }
}
