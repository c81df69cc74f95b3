package fr.amiengine.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.amiengine.support.PackagedApplication;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessEngineHealthTest {

    @Test
    void reportsTheEngineReadyWithEveryProcessOfTheModelsDeployed() throws IOException {
        int executable = executableProcessesOfTheModelsFolder().size();
        assertThat(executable).as("processus exécutables de bpmn/").isPositive();
        // the node is also unready while the solvers' native library loads, a few seconds after start
        PackagedApplication.await(Duration.ofMinutes(1), "le nœud prêt", () -> given().get("/q/health/ready").statusCode() == 200);

        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("moteur de processus"))
                .body("checks.find { it.name == 'moteur de processus' }.data.'processus attendus'", equalTo(executable))
                .body("checks.find { it.name == 'moteur de processus' }.data.'processus déployés'", equalTo(executable));
    }

    /** The processes of every model of the top-level bpmn/ folder, the only copy of the models. */
    private static List<String> executableProcessesOfTheModelsFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn"))
                    .flatMap(file -> Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream())
                    .filter(Process::isExecutable)
                    .map(Process::getId)
                    .toList();
        }
    }
}
