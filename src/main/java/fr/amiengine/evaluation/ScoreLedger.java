package fr.amiengine.evaluation;

import fr.amiengine.campaign.CampaignRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The tamper-evident record of every score change: each line carries the hash of the previous line of its
 * campaign and its own, so that changing or deleting a line afterwards breaks the chain at that line.
 */
@ApplicationScoped
public class ScoreLedger {

    static final String GENESIS = "0".repeat(64);

    /** The result of re-reading a campaign's chain. */
    public record Verification(long entries, boolean intact, Long firstBrokenEntry) {
    }

    @Inject
    CampaignRepository campaigns;

    /** Appends a line; the campaign's row is locked so that two appends never share a predecessor. */
    public void record(Evaluation evaluation, ScoreLedgerEntry.Event event, String criterion, String oldValue,
                       String newValue, String actor, Instant at, String reason) {
        Assignment assignment = evaluation.assignment;
        campaigns.getEntityManager().lock(assignment.campaign, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ScoreLedgerEntry last = ScoreLedgerEntry.find("campaignId = ?1 order by id desc", assignment.campaign.id).firstResult();
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
        entry.persist();
    }

    public List<ScoreLedgerEntry> ofEvaluation(Long evaluationId) {
        return ScoreLedgerEntry.list("evaluationId = ?1 order by id", evaluationId);
    }

    /** Re-reads the whole chain of a campaign and says where it breaks, if it does. */
    public Verification verify(Long campaignId) {
        List<ScoreLedgerEntry> entries = ScoreLedgerEntry.list("campaignId = ?1 order by id", campaignId);
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
        String content = String.join("\u001f", e.previousHash, String.valueOf(e.campaignId), String.valueOf(e.evaluationId),
                e.reference, e.event.name(), Objects.toString(e.criterionKey, ""), Objects.toString(e.oldValue, ""),
                Objects.toString(e.newValue, ""), e.actor, e.at.toString(), Objects.toString(e.reason, ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
