package fr.amiengine.publication.feedback;

import fr.amiengine.publication.PanoramaEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The deployment feedback. What the public may read is only ever read through {@link #publicOfEntry} and
 * {@link #publicOfCampaign}: the approved ones ({@link FeedbackState#APPROVED}), never a pending or rejected one.
 */
@ApplicationScoped
public class DeploymentFeedbackRepository implements PanacheRepository<DeploymentFeedback> {

    /** The one condition that makes a feedback public. */
    private static final String PUBLIC = "state = fr.amiengine.publication.feedback.FeedbackState.APPROVED";

    /** The publicly visible feedback of one entry of a campaign's panorama, the last deployed first. */
    public List<DeploymentFeedback> publicOfEntry(String campaignCode, String reference) {
        return list("entry.campaign.code = ?1 and entry.reference = ?2 and " + PUBLIC + " order by deployedOn desc, id desc",
                campaignCode, reference);
    }

    /** The publicly visible feedback of every entry of a campaign, the last deployed first. */
    public List<DeploymentFeedback> publicOfCampaign(Long campaignId) {
        return list("entry.campaign.id = ?1 and " + PUBLIC + " order by deployedOn desc, id desc", campaignId);
    }

    /** All of an entry's, pending and rejected ones included, for the administrators. */
    public List<DeploymentFeedback> ofEntry(PanoramaEntry entry) {
        return list("entry = ?1 order by createdAt desc, id desc", entry);
    }

    /** Those an organisation signed, newest first, whatever their state (its members see what became of them). */
    public List<DeploymentFeedback> ofOrganisation(Long organisationId) {
        return list("organisationId = ?1 order by createdAt desc, id desc", organisationId);
    }

    /** Those in one state, the oldest first (the moderation queue), at most {@code limit}. */
    public List<DeploymentFeedback> inState(FeedbackState state, int limit) {
        return find("state = ?1 order by createdAt, id", state).page(0, limit).list();
    }
}
