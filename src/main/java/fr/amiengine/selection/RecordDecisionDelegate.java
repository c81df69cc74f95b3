package fr.amiengine.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_RecordDecision} of {@code Process_Candidature}: the committee decided; the file takes the state of its final decision. */
@Dependent
@Named("recordDecisionDelegate")
public class RecordDecisionDelegate implements JavaDelegate {

    @Inject
    DecisionService decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.recordDecision(execution.getProcessBusinessKey());
    }
}
