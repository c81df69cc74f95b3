package fr.amiengine.campaign;

import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The campaign's contact: the service's name is kept (it names an administration, not a person), its e-mail address
 * is erased, since it may be an agent's own. Receipts already written keep theirs: they are administrative acts.
 */
@ApplicationScoped
public class CampaignContactHolder implements PersonalDataHolder {

    @Inject
    CampaignRepository campaigns;

    @Override
    public String description() {
        return "Adresse électronique de contact de la campagne\u00a0: effacée (le nom du service est conservé)";
    }

    @Override
    public int erase(Long campaignId) {
        return campaigns.update("contactEmail = null where id = ?1 and contactEmail is not null", campaignId);
    }
}
