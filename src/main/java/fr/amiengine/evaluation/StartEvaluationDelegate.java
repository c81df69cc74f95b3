package fr.amiengine.evaluation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_StartEvaluation} of {@code Process_Campaign}. */
@Dependent
@Named("startEvaluationDelegate")
public class StartEvaluationDelegate implements JavaDelegate {

    @Inject
    EvaluationStageService evaluation;

    @Override
    public void execute(DelegateExecution execution) {
        evaluation.start(execution.getProcessBusinessKey());
    }
}
