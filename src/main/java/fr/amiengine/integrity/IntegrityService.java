package fr.amiengine.integrity;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.HashChain;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Verifies a campaign's three ledgers the same way: each line's chaining and hash, the live rows the lines record, and
 * the heads written into the minutes and the published panorama — so that an edited row, an edited line, a cut-off
 * tail or a chain recomputed from end to end each show.
 */
@ApplicationScoped
public class IntegrityService {

    /** The head of a chain at one moment, as written into a document. */
    public record Head(LedgerChain chain, long entries, String hash) {
    }

    /** The verification of a campaign's chains, in the order a campaign fills them. */
    public record CampaignIntegrity(String code, String title, boolean intact, List<ChainReport> chains) {

        public ChainReport chain(LedgerChain chain) {
            return chains.stream().filter(c -> c.chain().equals(chain.code)).findFirst().orElseThrow();
        }
    }

    @Inject
    @Any
    Instance<Ledger> ledgers;

    @Inject
    CampaignRepository campaigns;

    @Inject
    LedgerHeadRepository heads;

    @Inject
    ServerClock clock;

    @Inject
    ActorDigests digests;

    /** Verifies every chain of the campaign. */
    @Transactional
    public CampaignIntegrity verify(String code) {
        Campaign campaign = campaigns.getByCode(code);
        List<LedgerHead> written = heads.ofCampaign(campaign.id);
        List<ChainReport> reports = sorted().stream().map(l -> verify(campaign.id, l, written)).toList();
        return new CampaignIntegrity(campaign.code, campaign.title, reports.stream().allMatch(ChainReport::intact), reports);
    }

    /** Verifies one chain of the campaign. */
    @Transactional
    public ChainReport verify(String code, LedgerChain chain) {
        Campaign campaign = campaigns.getByCode(code);
        Ledger ledger = sorted().stream().filter(l -> l.chain() == chain).findFirst().orElseThrow();
        return verify(campaign.id, ledger, heads.ofCampaign(campaign.id));
    }

    /**
     * Records the head of every chain of the campaign as it is being written into a document, and returns them to be
     * written. Runs in the caller's transaction, which also stores the document.
     */
    public List<Head> recordHeads(Campaign campaign, LedgerHead.WrittenIn where, Integer revision) {
        List<Head> result = new ArrayList<>();
        for (Ledger ledger : sorted()) {
            List<? extends LedgerLine> lines = ledger.lines(campaign.id);
            Head head = new Head(ledger.chain(), lines.size(), lines.isEmpty() ? HashChain.GENESIS : lines.get(lines.size() - 1).hash);
            LedgerHead row = new LedgerHead();
            row.campaignId = campaign.id;
            row.chain = head.chain();
            row.entries = head.entries();
            row.hash = head.hash();
            row.writtenIn = where;
            row.revision = revision;
            row.writtenAt = clock.now();
            heads.persist(row);
            result.add(head);
        }
        return result;
    }

    private List<Ledger> sorted() {
        return ledgers.stream().sorted(Comparator.comparing(Ledger::chain)).toList();
    }

    private ChainReport verify(Long campaignId, Ledger ledger, List<LedgerHead> written) {
        List<? extends LedgerLine> lines = ledger.lines(campaignId);
        String previous = HashChain.GENESIS;
        Long firstBroken = null;
        long unverifiable = 0;
        for (LedgerLine line : lines) {
            String recomputed = line.recomputedHash();
            if (recomputed == null) {
                unverifiable++;
            }
            if (firstBroken == null && (!line.previousHash.equals(previous) || recomputed != null && !line.hash.equals(recomputed))) {
                firstBroken = line.id;
            }
            previous = line.hash;
        }
        List<Difference> differences = new ArrayList<>(ledger.differences(campaignId, lines));
        for (LedgerLine line : lines) {
            // the hash covers the digest, not the name: a name changed in the table shows against its digest
            if (line.hashVersion >= 2 && !line.actorErased()) {
                digests.existingDigest(campaignId, line.actor).filter(d -> !d.equals(line.actorDigest)).ifPresent(d ->
                        differences.add(new Difference(line.file(), "compte de la ligne " + line.id + " (" + line.describe() + ")",
                                "empreinte " + line.actorDigest.substring(0, 16) + "…", line.actor, line.id)));
            }
        }
        List<ChainReport.HeadCheck> checks = written.stream().filter(h -> h.chain == ledger.chain())
                .map(h -> check(h, lines)).toList();
        boolean intact = firstBroken == null && differences.isEmpty() && checks.stream().allMatch(ChainReport.HeadCheck::matches);
        return new ChainReport(ledger.chain().code, ledger.chain().label, lines.size(), previous, intact, firstBroken,
                unverifiable, differences.stream().map(ChainReport.DifferenceView::of).toList(), checks);
    }

    private static ChainReport.HeadCheck check(LedgerHead head, List<? extends LedgerLine> lines) {
        String found = head.entries == 0 ? HashChain.GENESIS
                : head.entries <= lines.size() ? lines.get((int) head.entries - 1).hash : null;
        boolean matches = Objects.equals(found, head.hash);
        String where = head.writtenIn.label + (head.revision == null ? "" : " n° " + head.revision) + " du "
                + FrenchFormat.dateTime(head.writtenAt);
        String sentence = matches
                ? "Conforme au " + where + "\u00a0: la ligne " + head.entries + " porte toujours l’empreinte écrite."
                : found == null
                        ? "Le " + where + " a écrit " + head.entries + " lignes\u00a0; le registre n’en compte plus que "
                                + lines.size() + "\u00a0: sa fin a été supprimée."
                        : "Le " + where + " a écrit l’empreinte " + head.hash.substring(0, 16) + "… à la ligne " + head.entries
                                + "\u00a0; le registre y porte " + found.substring(0, 16) + "…\u00a0: il a été réécrit.";
        return new ChainReport.HeadCheck(head.writtenIn.name(), head.writtenIn.label, head.revision, head.writtenAt,
                head.entries, head.hash, found, matches, sentence);
    }
}
