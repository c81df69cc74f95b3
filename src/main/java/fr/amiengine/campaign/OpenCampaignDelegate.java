package fr.amiengine.campaign;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_OpenCampaign} of {@code Process_Campaign}: the opening timer has fired. */
@Dependent
@Named("openCampaignDelegate")
public class OpenCampaignDelegate implements JavaDelegate {

    @Inject
    CampaignService campaigns;

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.open(execution.getProcessBusinessKey());
    }
}
