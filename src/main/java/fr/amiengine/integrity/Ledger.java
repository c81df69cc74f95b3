package fr.amiengine.integrity;

import java.util.List;

/**
 * A feature's chained ledger, as the verification reads it: its lines, and how they compare with the live rows they
 * record. The lines are appended through {@link LedgerWriter}; {@link IntegrityService} verifies every ledger the same
 * way (chaining, hashes, live rows, published heads).
 */
public interface Ledger {

    LedgerChain chain();

    /** The campaign's whole chain, in order. */
    List<? extends LedgerLine> lines(Long campaignId);

    /** Every disagreement between what the lines say and the live rows of the campaign. */
    List<Difference> differences(Long campaignId, List<? extends LedgerLine> lines);
}
