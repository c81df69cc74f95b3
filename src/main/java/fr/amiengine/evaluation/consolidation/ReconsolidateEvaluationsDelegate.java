package fr.amiengine.evaluation.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ReconsolidateEvaluations} of {@code Process_Candidature}: a reopened evaluation was submitted again. */
@Dependent
@Named("reconsolidateEvaluationsDelegate")
public class ReconsolidateEvaluationsDelegate implements JavaDelegate {

    @Inject
    ConsolidationService consolidation;

    @Override
    public void execute(DelegateExecution execution) {
        consolidation.reconsolidate(execution.getProcessBusinessKey());
    }
}
