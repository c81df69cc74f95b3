package fr.amiengine.admissibility;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_RequestCompletion}; the deadline it returns arms {@code Timer_CorrectionDeadline}. */
@Dependent
@Named("requestCompletionDelegate")
public class RequestCompletionDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.CORRECTION_DUE_AT,
                admissibility.requestCompletion(execution.getProcessBusinessKey()).toString());
    }
}
