package fr.amiengine.waitlist;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_PromoteWaitlisted} of {@code Process_WaitlistPromotion}: two administrators approved; the proposed file is retained and the panorama takes it in at its next publication. */
@Dependent
@Named("promoteWaitlistedDelegate")
public class PromoteWaitlistedDelegate implements JavaDelegate {

    @Inject
    WaitlistService waitlist;

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.promote((String) execution.getVariable(ProcessVariables.REFERENCE));
    }
}
