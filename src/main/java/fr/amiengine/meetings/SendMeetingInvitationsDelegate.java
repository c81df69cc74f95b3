package fr.amiengine.meetings;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendMeetingInvitations} of {@code Process_MeetingRequest}: each party of the accepted meeting receives its iCalendar invitation, once. */
@Dependent
@Named("sendMeetingInvitationsDelegate")
public class SendMeetingInvitationsDelegate implements JavaDelegate {

    @Inject
    MeetingMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendInvitations(((Number) execution.getVariable(ProcessVariables.MEETING_ID)).longValue());
    }
}
