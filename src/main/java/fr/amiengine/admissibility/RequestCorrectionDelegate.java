package fr.amiengine.admissibility;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_RequestCorrection} of {@code Process_Candidature}: the file goes back to its candidate with a deadline (already in the process variables). */
@Dependent
@Named("requestCorrectionDelegate")
public class RequestCorrectionDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        admissibility.requestCorrection(execution.getProcessBusinessKey());
    }
}
