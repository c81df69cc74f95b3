package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_PrepareEvaluation} of {@code Process_Candidature}: reads the instance's assignment and sets, for
 * this instance only, who scores and when the reminder and the due date come.
 */
@Dependent
@Named("prepareEvaluationDelegate")
public class PrepareEvaluationDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentService.Schedule schedule = assignments.schedule(((Number) execution.getVariable(ProcessVariables.ASSIGNMENT_ID)).longValue());
        execution.setVariableLocal(ProcessVariables.EVALUATOR, schedule.evaluatorSubject());
        execution.setVariableLocal(ProcessVariables.DUE_AT, schedule.dueAt().toString());
        execution.setVariableLocal(ProcessVariables.REMINDER_AT, schedule.reminderAt().toString());
    }
}
