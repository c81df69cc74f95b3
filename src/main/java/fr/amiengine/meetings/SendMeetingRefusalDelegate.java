package fr.amiengine.meetings;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendMeetingRefusal} of {@code Process_MeetingRequest}: the buyer learns that the laureate declined, once. */
@Dependent
@Named("sendMeetingRefusalDelegate")
public class SendMeetingRefusalDelegate implements JavaDelegate {

    @Inject
    MeetingMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendRefusal(((Number) execution.getVariable(ProcessVariables.MEETING_ID)).longValue());
    }
}
