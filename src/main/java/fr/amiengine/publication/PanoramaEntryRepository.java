package fr.amiengine.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanoramaEntryRepository implements PanacheRepository<PanoramaEntry> {

    /** The working entries of a campaign, in the panorama's order: family, then name. */
    public List<PanoramaEntry> ofCampaign(String code) {
        return list("campaign.code = ?1 and removedAt is null order by familyCode, solutionName, reference", code);
    }

    /** Every entry of a campaign, those removed after a renunciation too. */
    public List<PanoramaEntry> allOfCampaign(String code) {
        return list("campaign.code = ?1 order by id", code);
    }

    public Optional<PanoramaEntry> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public long countOf(String code) {
        return count("campaign.code = ?1 and removedAt is null", code);
    }
}
