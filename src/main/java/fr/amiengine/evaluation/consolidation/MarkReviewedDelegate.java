package fr.amiengine.evaluation.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_MarkReviewed} of {@code Process_Candidature}: the file's evaluation is complete. */
@Dependent
@Named("markReviewedDelegate")
public class MarkReviewedDelegate implements JavaDelegate {

    @Inject
    ConsolidationService consolidation;

    @Override
    public void execute(DelegateExecution execution) {
        consolidation.markReviewed(execution.getProcessBusinessKey());
    }
}
