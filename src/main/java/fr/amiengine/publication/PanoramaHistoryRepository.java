package fr.amiengine.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PanoramaHistoryRepository implements PanacheRepository<PanoramaHistory> {

    /** What the publications of a campaign up to this one made public, the latest first. */
    public List<PanoramaHistory> upTo(Long campaignId, int revision) {
        return list("campaignId = ?1 and revision <= ?2 order by revision desc, id", campaignId, revision);
    }
}
