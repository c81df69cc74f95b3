package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_ReplaceEvaluator} of {@code Process_Candidature}: the member stepped down; the instance goes on
 * with the replacement's assignment, or ends when nobody can replace them ({@code Gateway_ReplacementFound}).
 */
@Dependent
@Named("replaceEvaluatorDelegate")
public class ReplaceEvaluatorDelegate implements JavaDelegate {

    @Inject
    ReassignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        Long recused = ((Number) execution.getVariable(ProcessVariables.ASSIGNMENT_ID)).longValue();
        Optional<Long> replacement = assignments.replace(recused);
        replacement.ifPresent(id -> execution.setVariableLocal(ProcessVariables.ASSIGNMENT_ID, id));
        execution.setVariableLocal(ProcessVariables.REPLACED, replacement.isPresent());
    }
}
