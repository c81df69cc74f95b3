package fr.amiengine.workshops;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendWorkshopCancellation} of {@code Process_WorkshopReminder}: each registrant learns that the session is cancelled and why, once. */
@Dependent
@Named("sendWorkshopCancellationDelegate")
public class SendWorkshopCancellationDelegate implements JavaDelegate {

    @Inject
    WorkshopMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendCancellation(((Number) execution.getVariable(ProcessVariables.WORKSHOP_ID)).longValue());
    }
}
