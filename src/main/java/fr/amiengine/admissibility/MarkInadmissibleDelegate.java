package fr.amiengine.admissibility;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_MarkInadmissible} of {@code Process_Candidature}: the file is inadmissible, with the administrator's written reason. */
@Dependent
@Named("markInadmissibleDelegate")
public class MarkInadmissibleDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        admissibility.markInadmissible(execution.getProcessBusinessKey());
    }
}
