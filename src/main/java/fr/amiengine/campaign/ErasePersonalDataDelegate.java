package fr.amiengine.campaign;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code Task_ErasePersonalData} of {@code Process_PersonalDataRetention}: the campaign's retention period has
 * ended; every holder of personal data erases its part, each in its own transaction.
 */
@Dependent
@Named("erasePersonalDataDelegate")
public class ErasePersonalDataDelegate implements JavaDelegate {

    @Inject
    RetentionService retention;

    @Override
    public void execute(DelegateExecution execution) {
        retention.erase(execution.getProcessBusinessKey());
    }
}
