package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.integrity.Difference;
import fr.amiengine.integrity.Ledger;
import fr.amiengine.integrity.LedgerChain;
import fr.amiengine.integrity.LedgerLine;
import fr.amiengine.integrity.LedgerWriter;
import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tamper-evident record of every proposal, decision, submission and approval of a campaign; the verification
 * ({@code integrity.IntegrityService}) also compares what the lines say of each file with its live {@code decision}.
 */
@ApplicationScoped
public class DecisionLedger implements Ledger, PersonalDataHolder {

    /** A line to append about one file. */
    public record Line(String reference, DecisionLedgerEntry.Event event, DecisionOutcome outcome, String motivation) {
    }

    @Inject
    LedgerWriter writer;

    @Inject
    DecisionRepository decisions;

    /** Appends a line; the campaign's row is locked so that two appends never share a predecessor. */
    public void record(Campaign campaign, String reference, DecisionLedgerEntry.Event event, DecisionOutcome outcome,
                       String motivation, String actor, Instant at) {
        recordAll(campaign, List.of(new Line(reference, event, outcome, motivation)), actor, at);
    }

    /** Appends several lines in order, reading the chain's end once. */
    public void recordAll(Campaign campaign, List<Line> lines, String actor, Instant at) {
        List<DecisionLedgerEntry> entries = new ArrayList<>();
        for (Line line : lines) {
            DecisionLedgerEntry entry = new DecisionLedgerEntry();
            entry.reference = line.reference();
            entry.event = line.event();
            entry.outcome = line.outcome();
            entry.motivation = line.motivation();
            entry.actor = actor;
            entry.at = at;
            entries.add(entry);
        }
        writer.append(campaign, DecisionLedgerEntry.class, entries);
    }

    @Override
    public LedgerChain chain() {
        return LedgerChain.DECISIONS;
    }

    @Override
    public List<DecisionLedgerEntry> lines(Long campaignId) {
        return writer.lines(DecisionLedgerEntry.class, campaignId);
    }

    /**
     * What the lines say of each file against its live decision: the proposal is the last proposed outcome; the
     * outcome is the last one an administrator decided (or a renunciation or promotion set), or else the last proposal;
     * the motivation is the last such line's; the steps of a promotion before it happens say nothing of a decision.
     */
    @Override
    public List<Difference> differences(Long campaignId, List<? extends LedgerLine> lines) {
        Map<String, DecisionLedgerEntry> proposed = new HashMap<>();
        Map<String, DecisionLedgerEntry> decided = new HashMap<>();
        Map<String, DecisionLedgerEntry> last = new HashMap<>();
        for (LedgerLine line : lines) {
            DecisionLedgerEntry e = (DecisionLedgerEntry) line;
            if (e.reference == null || e.event.informative()) {
                continue;
            }
            if (e.event == DecisionLedgerEntry.Event.PROPOSED) {
                proposed.put(e.reference, e);
            } else if (e.event.decides()) {
                decided.put(e.reference, e);
            }
            last.put(e.reference, e);
        }
        List<Difference> differences = new ArrayList<>();
        List<Decision> live = decisions.getEntityManager().createQuery("select d from Decision d join fetch d.candidature "
                + "where d.campaign.id = ?1 order by d.id", Decision.class).setParameter(1, campaignId).getResultList();
        for (Decision d : live) {
            String reference = d.candidature.reference;
            DecisionLedgerEntry lastLine = last.remove(reference);
            if (lastLine == null) {
                differences.add(new Difference(reference, "décision", Difference.ABSENT, d.outcome.label, null));
                continue;
            }
            DecisionLedgerEntry proposal = proposed.get(reference);
            DecisionLedgerEntry outcome = decided.getOrDefault(reference, proposal);
            compare(differences, reference, "issue proposée", proposal, proposal == null ? null : proposal.outcome, d.proposedOutcome);
            compare(differences, reference, "décision", outcome, outcome == null ? null : outcome.outcome, d.outcome);
            if (!Objects.equals(lastLine.motivation, d.motivation)) {
                differences.add(new Difference(reference, "motivation", lastLine.motivation, d.motivation, lastLine.id));
            }
        }
        last.values().forEach(e -> differences.add(new Difference(e.reference, "décision",
                e.outcome == null ? null : e.outcome.label, Difference.ABSENT, e.id)));
        return differences;
    }

    private static void compare(List<Difference> differences, String reference, String field, DecisionLedgerEntry line,
                                DecisionOutcome chained, DecisionOutcome live) {
        if (chained != live) {
            differences.add(new Difference(reference, field, line == null ? Difference.ABSENT : name(chained), name(live),
                    line == null ? null : line.id));
        }
    }

    private static String name(DecisionOutcome outcome) {
        return outcome == null ? null : outcome.label;
    }

    @Override
    public String description() {
        return "Registre des décisions\u00a0: le compte de chaque administrateur nommé est effacé, la chaîne reste vérifiable "
                + "par l’empreinte du compte.";
    }

    @Override
    @Transactional
    public int erase(Long campaignId) {
        return writer.eraseActors(DecisionLedgerEntry.class, campaignId);
    }
}
