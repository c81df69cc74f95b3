package fr.amiengine.admissibility;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_CheckCompleteness}; sets the flag read by {@code Gateway_Complete}. */
@Dependent
@Named("checkCompletenessDelegate")
public class CheckCompletenessDelegate implements JavaDelegate {

    @Inject
    AdmissibilityService admissibility;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.COMPLETE, admissibility.checkCompleteness(execution.getProcessBusinessKey()));
    }
}
