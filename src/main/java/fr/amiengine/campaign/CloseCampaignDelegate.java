package fr.amiengine.campaign;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_CloseCampaign} of {@code Process_Campaign}: the closing timer has fired. */
@Dependent
@Named("closeCampaignDelegate")
public class CloseCampaignDelegate implements JavaDelegate {

    @Inject
    CampaignService campaigns;

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(execution.getProcessBusinessKey());
    }
}
