package fr.amiengine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.workflow.ProcessDriver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's first start, as the README's run command does it: the seeder creates the campaigns and moves them with
 * the engine while the job executor is still off, then starts it. The log of that start holds no error (the seeder
 * and the executor used to run the same due timer at once, one failing on the campaign's row).
 */
@QuarkusTest
@TestProfile(DemoStartTest.DemoSeeding.class)
class DemoStartTest {

    static final Path LOG = Path.of("target", "demo-start-test", "ami-engine.log");

    @Inject
    ProcessDriver processes;

    @Test
    void theFirstStartSeedsEverythingThenStartsTheJobExecutorAndLogsNoError() throws IOException {
        List<String> log = Files.readAllLines(LOG);

        assertThat(log).as("journal du premier démarrage").anyMatch(line -> line.contains("Données de démonstration créées"));
        assertThat(processes.jobExecutorActive()).as("exécuteur de tâches démarré après les données").isTrue();
        assertThat(log.stream().filter(line -> line.contains(" ERROR ") || line.contains("OptimisticLock")))
                .as("erreurs au premier démarrage").isEmpty();
    }

    /** The test profile plus the demo's seeder and a log file; a database of its own, so that no other test sees the demo data. */
    public static class DemoSeeding implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ami.demo.enabled", "true",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnDatabase.class));
        }
    }

    /** A fresh database for the demo's data: in memory on H2, {@code ami_demo_start} on PostgreSQL. */
    public static class OwnDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (!"postgresql".equals(System.getenv("AMI_TEST_DB"))) {
                return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-start;DB_CLOSE_DELAY=-1");
            }
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement statement = connection.createStatement()) {
                // with (force): the previous test application of this resource (DemoStartTest, then EveryPageBrowserTest) may
                // still hold a pooled connection to it for a moment after it stopped
                statement.execute("drop database if exists ami_demo_start with (force)");
                statement.execute("create database ami_demo_start");
            } catch (SQLException e) {
                throw new IllegalStateException("Base ami_demo_start impossible à créer", e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/ami_demo_start");
        }

        @Override
        public void stop() {
        }
    }
}
