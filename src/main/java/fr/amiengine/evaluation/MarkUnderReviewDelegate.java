package fr.amiengine.evaluation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_MarkUnderReview} of {@code Process_Candidature}: the evaluation stage has started. */
@Dependent
@Named("markUnderReviewDelegate")
public class MarkUnderReviewDelegate implements JavaDelegate {

    @Inject
    EvaluationStageService evaluation;

    @Override
    public void execute(DelegateExecution execution) {
        evaluation.markUnderReview(execution.getProcessBusinessKey());
    }
}
