package fr.amiengine.integrity;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * The one way the three ledgers append, read and erase their lines. Appending locks the campaign's row, so that two
 * appends never share a predecessor, and runs in the caller's transaction: the line commits with what it records.
 */
@ApplicationScoped
public class LedgerWriter {

    @Inject
    CampaignRepository campaigns;

    @Inject
    ActorDigests digests;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Appends the lines in order at the end of the campaign's chain of their type (each with its actor and time set). */
    public <L extends LedgerLine> void append(Campaign campaign, Class<L> type, List<L> lines) {
        EntityManager em = campaigns.getEntityManager();
        // The campaign's row, locked in the database itself: em.lock() on the campaign let simultaneous first lines
        // take the same predecessor (LedgerIntegrityTest#simultaneous…, on PostgreSQL), forking the chain. Once per
        // transaction: a save of eight scores appends eight times.
        String held = "ledger-lock-" + campaign.id;
        if (transaction.getResource(held) == null) {
            em.createNativeQuery("select id from campaign where id = ?1 for update").setParameter(1, campaign.id).getResultList();
            transaction.putResource(held, Boolean.TRUE);
        }
        List<String> last = em.createQuery("select l.hash from " + type.getSimpleName()
                        + " l where l.campaignId = ?1 order by l.id desc", String.class)
                .setParameter(1, campaign.id).setMaxResults(1).getResultList();
        String previous = last.isEmpty() ? HashChain.GENESIS : last.get(0);
        for (L line : lines) {
            line.campaignId = campaign.id;
            line.hashVersion = LedgerLine.CURRENT_VERSION;
            line.actorDigest = digests.digest(campaign.id, line.actor);
            line.previousHash = previous;
            line.hash = line.recomputedHash();
            em.persist(line);
            previous = line.hash;
        }
    }

    /** A campaign's whole chain of that type, in order. */
    public <L extends LedgerLine> List<L> lines(Class<L> type, Long campaignId) {
        return campaigns.getEntityManager().createQuery("from " + type.getSimpleName() + " l where l.campaignId = ?1 order by l.id",
                type).setParameter(1, campaignId).getResultList();
    }

    /**
     * Replaces the actor's name by « [effacé] » on every line of the campaign; the lines of version 2 keep verifying,
     * since their hash covers the digest. Returns how many lines changed.
     */
    public int eraseActors(Class<? extends LedgerLine> type, Long campaignId) {
        return campaigns.getEntityManager().createQuery("update " + type.getSimpleName()
                        + " l set l.actor = ?1 where l.campaignId = ?2 and l.actor <> ?1")
                .setParameter(1, LedgerLine.ERASED).setParameter(2, campaignId).executeUpdate();
    }
}
