package fr.amiengine.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DecisionLedgerEntryRepository implements PanacheRepository<DecisionLedgerEntry> {

    /** The end of a campaign's chain: its latest line, or null before the first. */
    public DecisionLedgerEntry last(Long campaignId) {
        return find("campaignId = ?1 order by id desc", campaignId).firstResult();
    }

    /** A campaign's whole chain, in order. */
    public List<DecisionLedgerEntry> ofCampaign(Long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }
}
