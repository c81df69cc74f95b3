package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_CalculateAssignments} of {@code Process_AssignmentCalculation}: an administrator asked again for
 * the assignment of a campaign too large to solve inside the request; the solver runs here, on the job executor.
 */
@Dependent
@Named("calculateAssignmentsDelegate")
public class CalculateAssignmentsDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        assignments.calculate((String) execution.getVariable(ProcessVariables.CAMPAIGN_CODE),
                (String) execution.getVariable(ProcessVariables.ASKED_BY));
    }
}
