package fr.amiengine.evaluation.scoring;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.shared.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The tamper-evident record of every score change: each line carries the hash of the previous line of its
 * campaign and its own, so that changing or deleting a line afterwards breaks the chain at that line.
 */
@ApplicationScoped
public class ScoreLedger {

    static final String GENESIS = HashChain.GENESIS;

    /** The result of re-reading a campaign's chain. */
    public record Verification(long entries, boolean intact, Long firstBrokenEntry) {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    ScoreLedgerEntryRepository chain;

    /** Appends a line; the campaign's row is locked so that two appends never share a predecessor. */
    public void record(Evaluation evaluation, ScoreLedgerEntry.Event event, String criterion, String oldValue,
                       String newValue, String actor, Instant at, String reason) {
        Assignment assignment = evaluation.assignment;
        campaigns.getEntityManager().lock(assignment.campaign, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ScoreLedgerEntry last = chain.last(assignment.campaign.id);
        ScoreLedgerEntry entry = new ScoreLedgerEntry();
        entry.campaignId = assignment.campaign.id;
        entry.evaluationId = evaluation.id;
        entry.reference = assignment.candidature.reference;
        entry.event = event;
        entry.criterionKey = criterion;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        entry.previousHash = last == null ? GENESIS : last.hash;
        entry.hash = hash(entry);
        chain.persist(entry);
    }

    public List<ScoreLedgerEntry> ofEvaluation(Long evaluationId) {
        return chain.ofEvaluation(evaluationId);
    }

    /** Re-reads the whole chain of a campaign and says where it breaks, if it does. */
    public Verification verify(Long campaignId) {
        List<ScoreLedgerEntry> entries = chain.ofCampaign(campaignId);
        String previous = GENESIS;
        for (ScoreLedgerEntry entry : entries) {
            if (!entry.previousHash.equals(previous) || !entry.hash.equals(hash(entry))) {
                return new Verification(entries.size(), false, entry.id);
            }
            previous = entry.hash;
        }
        return new Verification(entries.size(), true, null);
    }

    static String hash(ScoreLedgerEntry e) {
        return HashChain.hash(e.previousHash, e.campaignId, e.evaluationId, e.reference, e.event.name(), e.criterionKey,
                e.oldValue, e.newValue, e.actor, e.at, e.reason);
    }
}
