package fr.amiengine.workshops;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendWorkshopReminders} of {@code Process_WorkshopReminder}: the day before the session, each registrant receives the reminder with its .ics, once. */
@Dependent
@Named("sendWorkshopRemindersDelegate")
public class SendWorkshopRemindersDelegate implements JavaDelegate {

    @Inject
    WorkshopMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendReminders(((Number) execution.getVariable(ProcessVariables.WORKSHOP_ID)).longValue());
    }
}
