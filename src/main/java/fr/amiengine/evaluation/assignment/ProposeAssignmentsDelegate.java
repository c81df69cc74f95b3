package fr.amiengine.evaluation.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ProposeAssignments} of {@code Process_Campaign}: the evaluation stage started: the solver proposes who evaluates which file. */
@Dependent
@Named("proposeAssignmentsDelegate")
public class ProposeAssignmentsDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        assignments.proposeAtStart(execution.getProcessBusinessKey());
    }
}
