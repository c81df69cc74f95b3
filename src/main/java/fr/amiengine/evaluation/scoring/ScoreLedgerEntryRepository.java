package fr.amiengine.evaluation.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ScoreLedgerEntryRepository implements PanacheRepository<ScoreLedgerEntry> {

    /** The end of a campaign's chain: its latest line, or null before the first. */
    public ScoreLedgerEntry last(Long campaignId) {
        return find("campaignId = ?1 order by id desc", campaignId).firstResult();
    }

    /** A campaign's whole chain, in order. */
    public List<ScoreLedgerEntry> ofCampaign(Long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }

    public List<ScoreLedgerEntry> ofEvaluation(Long evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }
}
