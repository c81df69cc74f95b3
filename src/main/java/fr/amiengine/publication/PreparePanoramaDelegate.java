package fr.amiengine.publication;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_PreparePanorama} of {@code Process_Campaign}: an entry for each retained solution, nothing public yet. */
@Dependent
@Named("preparePanoramaDelegate")
public class PreparePanoramaDelegate implements JavaDelegate {

    @Inject
    PublicationService publication;

    @Override
    public void execute(DelegateExecution execution) {
        publication.prepare(execution.getProcessBusinessKey());
    }
}
