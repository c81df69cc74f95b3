package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_FlagLateEvaluation} of {@code Process_Candidature}: the due date passed without a submission. */
@Dependent
@Named("flagLateEvaluationDelegate")
public class FlagLateEvaluationDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        assignments.flagLate(((Number) execution.getVariable(ProcessVariables.ASSIGNMENT_ID)).longValue());
    }
}
