package fr.amiengine.workflow;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready when the engine answers from its database and every executable process of the models it deploys
 * ({@link ProcessModels}) is deployed. The expected processes are read from the models themselves, so that a new model
 * is awaited without a change here. They are read once, at start ({@code @Startup}): reading the models on the first
 * probe held the event loop for seconds.
 */
@Readiness
@Startup
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProcessEngineHealthCheck.class);

    @Inject
    ProcessEngine engine;

    private final Set<String> expected = ProcessModels.executableProcessKeys();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("moteur de processus");
        try {
            List<ProcessDefinition> deployed = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKeysIn(expected.toArray(String[]::new))
                    .latestVersion()
                    .list();
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(deployed.stream().map(ProcessDefinition::getKey).collect(Collectors.toSet()));
            boolean jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor().isActive();
            response.status(missing.isEmpty())
                    .withData("processus attendus", expected.size())
                    .withData("processus déployés", expected.size() - missing.size())
                    .withData("exécuteur de tâches actif", jobExecutor);
            if (!missing.isEmpty()) {
                response.withData("processus manquants", String.join(", ", missing));
            }
            return response.build();
        } catch (RuntimeException e) {
            LOG.error("Le moteur de processus ne répond pas", e);
            return response.down().build();
        }
    }
}
