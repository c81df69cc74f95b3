package fr.amiengine.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanoramaPublicationRepository implements PanacheRepository<PanoramaPublication> {

    public Optional<PanoramaPublication> of(Long campaignId, int revision) {
        return find("campaign.id = ?1 and revision = ?2", campaignId, revision).firstResultOptional();
    }

    /** A campaign's publications, the latest first. */
    public List<PanoramaPublication> allOf(String code) {
        return list("campaign.code = ?1 order by revision desc", code);
    }
}
