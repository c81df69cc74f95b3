package fr.amiengine.shared;

/**
 * A feature that keeps personal data about a campaign's people (contacts, members, evaluators, the accounts named in
 * a ledger). When the campaign's retention period ends, the retention step calls every holder, each in its own
 * transaction, to erase or pseudonymise that data (docs/rgpd.md). One mechanism for every feature: a new table with
 * personal fields gets a holder, and the record of processing names it.
 */
public interface PersonalDataHolder {

    /** What this holder keeps and what erasure does to it, in French, for the erasure report. */
    String description();

    /**
     * Erases or pseudonymises this campaign's personal data and returns how many rows changed. Running it twice
     * changes nothing the second time; what a ledger proves must stay verifiable afterwards.
     */
    int erase(Long campaignId);
}
