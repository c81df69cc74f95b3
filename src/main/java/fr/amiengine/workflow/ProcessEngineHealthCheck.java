package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Ready when the engine answers from its database and both processes are deployed. */
@Readiness
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProcessEngineHealthCheck.class);

    @Inject
    ProcessEngine engine;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("moteur de processus");
        try {
            long deployed = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKeysIn(ProcessVariables.PROCESS_CAMPAIGN, ProcessVariables.PROCESS_CANDIDATURE)
                    .latestVersion()
                    .count();
            boolean jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor().isActive();
            return response.status(deployed == 2)
                    .withData("processus déployés", deployed)
                    .withData("exécuteur de tâches actif", jobExecutor)
                    .build();
        } catch (RuntimeException e) {
            LOG.error("Le moteur de processus ne répond pas", e);
            return response.down().build();
        }
    }
}
