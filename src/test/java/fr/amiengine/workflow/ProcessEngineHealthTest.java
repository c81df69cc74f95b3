package fr.amiengine.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessEngineHealthTest {

    @Test
    void reportsTheEngineReadyWithBothProcessesDeployed() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("moteur de processus"))
                .body("checks.find { it.name == 'moteur de processus' }.data.'processus déployés'", equalTo(2));
    }
}
