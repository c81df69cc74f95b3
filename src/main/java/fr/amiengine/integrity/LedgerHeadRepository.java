package fr.amiengine.integrity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LedgerHeadRepository implements PanacheRepository<LedgerHead> {

    public List<LedgerHead> ofCampaign(Long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }
}
