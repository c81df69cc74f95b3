package fr.amiengine.admissibility;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_RejectLateCorrection} of {@code Process_Candidature}: the correction deadline passed; the file becomes inadmissible. */
@Dependent
@Named("rejectLateCorrectionDelegate")
public class RejectLateCorrectionDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        admissibility.rejectLateCorrection(execution.getProcessBusinessKey());
    }
}
