package fr.amiengine.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_StartDeliberation} of {@code Process_Campaign}: the administrators opened the deliberation; the campaign moves to {@code DELIBERATION} with the first selection proposal. */
@Dependent
@Named("startDeliberationDelegate")
public class StartDeliberationDelegate implements JavaDelegate {

    @Inject
    DecisionService decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.startDeliberation(execution.getProcessBusinessKey());
    }
}
