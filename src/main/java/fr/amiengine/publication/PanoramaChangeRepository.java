package fr.amiengine.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PanoramaChangeRepository implements PanacheRepository<PanoramaChange> {

    public List<PanoramaChange> ofEntry(PanoramaEntry entry) {
        return list("entry = ?1 order by changedAt, id", entry);
    }

    /** The edits that wait for the next publication. */
    public List<PanoramaChange> pendingOf(String campaignCode) {
        return list("entry.campaign.code = ?1 and publishedIn is null order by changedAt, id", campaignCode);
    }

    /** Marks the waiting edits of a campaign as made public by this publication. */
    public void publishPending(Long campaignId, int revision) {
        update("publishedIn = ?1 where publishedIn is null and entry.id in "
                + "(select e.id from PanoramaEntry e where e.campaign.id = ?2)", revision, campaignId);
    }
}
