package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** The tamper-evident record of every proposal, decision, submission and approval of a campaign. */
@ApplicationScoped
public class DecisionLedger {

    /** A line to append about one file. */
    public record Line(String reference, DecisionLedgerEntry.Event event, DecisionOutcome outcome, String motivation) {
    }

    /** The result of re-reading a campaign's chain. */
    public record Verification(long entries, boolean intact, Long firstBrokenEntry) {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    DecisionLedgerEntryRepository chain;

    /** Appends a line; the campaign's row is locked so that two appends never share a predecessor. */
    public void record(Campaign campaign, String reference, DecisionLedgerEntry.Event event, DecisionOutcome outcome,
                       String motivation, String actor, Instant at) {
        recordAll(campaign, List.of(new Line(reference, event, outcome, motivation)), actor, at);
    }

    /** Appends several lines in order, reading the chain's end once. */
    public void recordAll(Campaign campaign, List<Line> lines, String actor, Instant at) {
        campaigns.getEntityManager().lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        DecisionLedgerEntry last = chain.last(campaign.id);
        String previous = last == null ? HashChain.GENESIS : last.hash;
        for (Line line : lines) {
            DecisionLedgerEntry entry = new DecisionLedgerEntry();
            entry.campaignId = campaign.id;
            entry.reference = line.reference();
            entry.event = line.event();
            entry.outcome = line.outcome();
            entry.motivation = line.motivation();
            entry.actor = actor;
            entry.at = at;
            entry.previousHash = previous;
            entry.hash = hash(entry);
            chain.persist(entry);
            previous = entry.hash;
        }
    }

    public Verification verify(Long campaignId) {
        List<DecisionLedgerEntry> entries = chain.ofCampaign(campaignId);
        String previous = HashChain.GENESIS;
        for (DecisionLedgerEntry entry : entries) {
            if (!entry.previousHash.equals(previous) || !entry.hash.equals(hash(entry))) {
                return new Verification(entries.size(), false, entry.id);
            }
            previous = entry.hash;
        }
        return new Verification(entries.size(), true, null);
    }

    static String hash(DecisionLedgerEntry e) {
        return HashChain.hash(e.previousHash, e.campaignId, e.reference, e.event.name(), e.outcome, e.motivation, e.actor, e.at);
    }
}
