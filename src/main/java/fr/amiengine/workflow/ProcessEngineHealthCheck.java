package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine answers from its database and both processes are deployed. */
@Readiness
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

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
            long runningInstances = engine.getRuntimeService().createProcessInstanceQuery().count();
            boolean jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor().isActive();
            return response.status(deployed == 2)
                    .withData("processus déployés", deployed)
                    .withData("instances en cours", runningInstances)
                    .withData("exécuteur de tâches actif", jobExecutor)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("erreur", e.getMessage() == null ? "inconnue" : e.getMessage()).build();
        }
    }
}
