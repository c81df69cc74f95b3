package fr.amiengine.selection;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_CalculateSelection} of {@code Process_SelectionCalculation}: the selection proposal of a
 * campaign with too many ranked files to solve inside the request; the solver runs here, on the job executor.
 */
@Dependent
@Named("calculateSelectionDelegate")
public class CalculateSelectionDelegate implements JavaDelegate {

    @Inject
    SelectionService selection;

    @Override
    public void execute(DelegateExecution execution) {
        selection.calculate((String) execution.getVariable(ProcessVariables.CAMPAIGN_CODE),
                (String) execution.getVariable(ProcessVariables.ASKED_BY),
                (String) execution.getVariable(ProcessVariables.ASKED_BY_SUBJECT),
                (Integer) execution.getVariable(ProcessVariables.WAITLIST_PER_TRACK));
    }
}
