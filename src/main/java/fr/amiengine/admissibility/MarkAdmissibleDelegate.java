package fr.amiengine.admissibility;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_MarkAdmissible} of {@code Process_Candidature}: the file is admissible and waits for the evaluation stage. */
@Dependent
@Named("markAdmissibleDelegate")
public class MarkAdmissibleDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        admissibility.markAdmissible(execution.getProcessBusinessKey());
    }
}
