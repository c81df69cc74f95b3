package fr.amiengine.evaluation;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_ReplaceEvaluator} of {@code Process_Candidature}: the member stepped down; the instance goes on
 * with the replacement's assignment.
 */
@Dependent
@Named("replaceEvaluatorDelegate")
public class ReplaceEvaluatorDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        Long recused = ((Number) execution.getVariable(ProcessVariables.ASSIGNMENT_ID)).longValue();
        execution.setVariableLocal(ProcessVariables.ASSIGNMENT_ID, assignments.replace(recused));
    }
}
