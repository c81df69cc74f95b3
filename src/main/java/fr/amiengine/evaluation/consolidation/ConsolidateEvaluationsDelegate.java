package fr.amiengine.evaluation.consolidation;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ConsolidateEvaluations} of {@code Process_Candidature}; sets the flags of {@code Gateway_Disagreement}. */
@Dependent
@Named("consolidateEvaluationsDelegate")
public class ConsolidateEvaluationsDelegate implements JavaDelegate {

    @Inject
    ConsolidationService consolidation;

    @Override
    public void execute(DelegateExecution execution) {
        ConsolidationService.Outcome outcome = consolidation.consolidate(execution.getProcessBusinessKey());
        execution.setVariable(ProcessVariables.ADDITIONAL_EVALUATOR, outcome.additionalEvaluator());
        execution.setVariable(ProcessVariables.CONSENSUS, outcome.consensus());
        execution.setVariable(ProcessVariables.PAIR, outcome.pair());
    }
}
