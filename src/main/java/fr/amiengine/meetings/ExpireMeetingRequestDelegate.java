package fr.amiengine.meetings;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ExpireMeetingRequest} of {@code Process_MeetingRequest}: an unanswered request expires 24 hours before its slot, which is freed (nothing happens to one answered meanwhile). */
@Dependent
@Named("expireMeetingRequestDelegate")
public class ExpireMeetingRequestDelegate implements JavaDelegate {

    @Inject
    MeetingService meetings;

    @Override
    public void execute(DelegateExecution execution) {
        meetings.expire(((Number) execution.getVariable(ProcessVariables.MEETING_ID)).longValue());
    }
}
