package fr.amiengine.publication.feedback;

import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.Pseudonyms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The deployment feedbacks on a campaign's solutions: the account that wrote each one (kept for the audit, never
 * shown) becomes « Personne 1 », « Personne 2 »…; the feedback itself stays public under its administration's name.
 */
@ApplicationScoped
public class FeedbackAuthorHolder implements PersonalDataHolder {

    @Inject
    DeploymentFeedbackRepository feedbacks;

    @Override
    public String description() {
        return "Auteurs des retours d’expérience (compte)\u00a0: remplacés par «\u00a0Personne 1\u00a0», «\u00a0Personne 2\u00a0»…";
    }

    @Override
    public int erase(Long campaignId) {
        int changed = 0;
        Pseudonyms pseudonyms = new Pseudonyms();
        for (DeploymentFeedback feedback : feedbacks.list("entry.campaign.id = ?1 order by id", campaignId)) {
            if (!Pseudonyms.isPseudonym(feedback.author)) {
                feedback.author = pseudonyms.of(feedback.author);
                changed++;
            }
        }
        return changed;
    }
}
