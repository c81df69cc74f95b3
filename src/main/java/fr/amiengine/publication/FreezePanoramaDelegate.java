package fr.amiengine.publication;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_FreezePanorama} of {@code Process_Campaign}: runs in the transaction of the administrator's
 * « Publier », so that the public document, the history and the campaign's state change together or not at all.
 */
@Dependent
@Named("freezePanoramaDelegate")
public class FreezePanoramaDelegate implements JavaDelegate {

    @Inject
    PublicationService publication;

    @Override
    public void execute(DelegateExecution execution) {
        publication.freeze(execution.getProcessBusinessKey(), (String) execution.getVariable(ProcessVariables.PUBLISHED_BY),
                (String) execution.getVariable(ProcessVariables.PUBLISHED_BY_NAME));
    }
}
