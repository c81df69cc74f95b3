package fr.amiengine.publication.feedback;

import fr.amiengine.publication.PanoramaEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DeploymentFeedbackRepository implements PanacheRepository<DeploymentFeedback> {

    /** The public ones: not hidden. */
    public List<DeploymentFeedback> ofCampaign(Long campaignId) {
        return list("entry.campaign.id = ?1 and hiddenAt is null order by deployedOn desc, id desc", campaignId);
    }

    /** All of an entry's, hidden ones included, for the administrators. */
    public List<DeploymentFeedback> ofEntry(PanoramaEntry entry) {
        return list("entry = ?1 order by createdAt desc, id desc", entry);
    }

    /** Those an organisation signed, newest first, hidden ones included (its members see what became of them). */
    public List<DeploymentFeedback> ofOrganisation(Long organisationId) {
        return list("organisationId = ?1 order by createdAt desc, id desc", organisationId);
    }
}
