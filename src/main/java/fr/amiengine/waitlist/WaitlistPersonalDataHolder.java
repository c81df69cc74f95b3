package fr.amiengine.waitlist;

import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The renunciations of a campaign: the account that renounced and the administrators who approved or rejected the
 * promotion are erased; the reasons, the proposal and the dates stay, with the decision ledger that proves them (its
 * actors are erased by its own holder, the chain stays verifiable). The letters are administrative acts and stay.
 */
@ApplicationScoped
public class WaitlistPersonalDataHolder implements PersonalDataHolder {

    @Inject
    PromotionRepository promotions;

    @Override
    public String description() {
        return "Désistements et promotions depuis la liste d’attente (compte qui a renoncé, administrateurs qui ont approuvé "
                + "ou rejeté)\u00a0: effacés";
    }

    @Override
    public int erase(Long campaignId) {
        return promotions.update("withdrawnBy = '', firstApprover = null, firstApproverName = null, secondApprover = null, "
                + "secondApproverName = null, rejectedBy = null where campaign.id = ?1 and (withdrawnBy <> '' "
                + "or firstApprover is not null or rejectedBy is not null)", campaignId);
    }
}
