package fr.amiengine.waitlist;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendWithdrawalAcknowledgement} of {@code Process_WaitlistPromotion}: the laureate's renunciation is acknowledged by a letter (PDF/A) mailed once. */
@Dependent
@Named("sendWithdrawalAcknowledgementDelegate")
public class SendWithdrawalAcknowledgementDelegate implements JavaDelegate {

    @Inject
    WaitlistService waitlist;

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.acknowledge((String) execution.getVariable(ProcessVariables.REFERENCE));
    }
}
