package fr.amiengine.evaluation.scoring;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendEvaluationReminder} of {@code Process_Candidature}: the reminder timer fired. */
@Dependent
@Named("sendEvaluationReminderDelegate")
public class SendEvaluationReminderDelegate implements JavaDelegate {

    @Inject
    EvaluationReminders reminders;

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(((Number) execution.getVariable(ProcessVariables.ASSIGNMENT_ID)).longValue());
    }
}
