package fr.amiengine.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_FinaliseDecisions} of {@code Process_Campaign}: the second administrator approved; the decisions become final and each file's process moves on. */
@Dependent
@Named("finaliseDecisionsDelegate")
public class FinaliseDecisionsDelegate implements JavaDelegate {

    @Inject
    DecisionService decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.finalise(execution.getProcessBusinessKey());
    }
}
