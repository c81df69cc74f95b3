package fr.amiengine.evaluation.assignment;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ReleaseAssignments} of {@code Process_Campaign}: every file's process receives its evaluators. */
@Dependent
@Named("releaseAssignmentsDelegate")
public class ReleaseAssignmentsDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        assignments.release(execution.getProcessBusinessKey(),
                Instant.parse((String) execution.getVariable(ProcessVariables.EVALUATION_DUE_AT)));
    }
}
