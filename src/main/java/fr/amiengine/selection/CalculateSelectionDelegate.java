package fr.amiengine.selection;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_CalculateSelection} of {@code Process_SelectionCalculation}: the selection proposal of a
 * campaign with too many ranked files to solve inside the request; the job reads the ranking and hands the solve to the
 * node's solver thread ({@link SelectionCalculation}), then the process waits for its result.
 */
@Dependent
@Named("calculateSelectionDelegate")
public class CalculateSelectionDelegate implements JavaDelegate {

    @Inject
    SelectionCalculation calculation;

    @Override
    public void execute(DelegateExecution execution) {
        Integer before = (Integer) execution.getVariable(ProcessVariables.CALCULATION_ATTEMPT);
        int attempt = before == null ? 1 : before + 1;
        execution.setVariable(ProcessVariables.CALCULATION_ATTEMPT, attempt);
        execution.setVariable(ProcessVariables.SOLVER_STARTED, calculation.start(execution.getProcessInstanceId(), attempt,
                (String) execution.getVariable(ProcessVariables.CAMPAIGN_CODE),
                (String) execution.getVariable(ProcessVariables.ASKED_BY),
                (String) execution.getVariable(ProcessVariables.ASKED_BY_SUBJECT),
                (Integer) execution.getVariable(ProcessVariables.WAITLIST_PER_TRACK)));
    }
}
