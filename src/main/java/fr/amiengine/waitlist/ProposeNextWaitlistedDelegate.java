package fr.amiengine.waitlist;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_ProposeNextWaitlisted} of {@code Process_WaitlistPromotion}: the next waitlisted file of the track that fits the freed seat, budget and family bounds is proposed, or none. */
@Dependent
@Named("proposeNextWaitlistedDelegate")
public class ProposeNextWaitlistedDelegate implements JavaDelegate {

    @Inject
    WaitlistService waitlist;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.PROMOTION_PROPOSED, waitlist.propose((String) execution.getVariable(ProcessVariables.REFERENCE)));
    }
}
