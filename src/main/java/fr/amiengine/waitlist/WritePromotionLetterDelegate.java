package fr.amiengine.waitlist;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_WritePromotionLetter} of {@code Process_WaitlistPromotion}: the promoted file's decision letter is written (PDF/A, tagged). */
@Dependent
@Named("writePromotionLetterDelegate")
public class WritePromotionLetterDelegate implements JavaDelegate {

    @Inject
    WaitlistService waitlist;

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.writePromotionLetter((String) execution.getVariable(ProcessVariables.REFERENCE));
    }
}
