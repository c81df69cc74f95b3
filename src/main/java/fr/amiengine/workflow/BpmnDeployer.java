package fr.amiengine.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.jboss.logging.Logger;

/**
 * Deploys the models when the engine starts. Duplicate filtering keeps one deployment per change, so
 * a restart with the same models creates no new version and running instances keep theirs.
 */
@ApplicationScoped
public class BpmnDeployer {

    private static final Logger LOG = Logger.getLogger(BpmnDeployer.class);

    void deploy(@Observes CamundaEngineStartupEvent event, ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService()
                .createDeployment()
                .name("ami-engine")
                .enableDuplicateFiltering(true);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String resource : ProcessModels.RESOURCES) {
            deployment.addInputStream(resource, loader.getResourceAsStream(resource));
        }
        LOG.infof("Modèles BPMN déployés\u00a0: %s", deployment.deploy().getId());
    }
}
