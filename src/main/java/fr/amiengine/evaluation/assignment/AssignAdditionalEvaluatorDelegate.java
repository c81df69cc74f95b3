package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Serves {@code Task_AssignAdditionalEvaluator} of {@code Process_Candidature}: one more member for a disagreement;
 * the evaluation step runs again for that member only.
 */
@Dependent
@Named("assignAdditionalEvaluatorDelegate")
public class AssignAdditionalEvaluatorDelegate implements JavaDelegate {

    @Inject
    ReassignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        Long added = assignments.addAdditional(execution.getProcessBusinessKey());
        execution.setVariable(ProcessVariables.ASSIGNMENT_IDS, Variables.objectValue(new ArrayList<>(List.of(added)), true).create());
    }
}
