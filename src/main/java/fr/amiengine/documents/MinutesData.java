package fr.amiengine.documents;

import java.util.List;

/**
 * What the minutes of a selection committee say. Every value is already formatted for display, the French way.
 *
 * @param members the members present, e.g. "Élise Petit — Direction interministérielle du numérique"
 * @param ranking every ranked file, grouped by track in the order given (one table per track)
 * @param tieRules how equal scores were separated
 * @param ledgers the head of each chained ledger when the minutes were written (its line count and last hash)
 */
public record MinutesData(String campaignCode, String campaignTitle, String sessionDate, List<String> members,
        List<GridLine> grid, List<RankingLine> ranking, List<DecisionLine> decisions, String proposedBy,
        String approvedBy, String approvedAt, String tieRules, List<ChainHead> ledgers) {

    public MinutesData(String campaignCode, String campaignTitle, String sessionDate, List<String> members,
            List<GridLine> grid, List<RankingLine> ranking, List<DecisionLine> decisions, String proposedBy,
            String approvedBy, String approvedAt, String tieRules) {
        this(campaignCode, campaignTitle, sessionDate, members, grid, ranking, decisions, proposedBy, approvedBy, approvedAt,
                tieRules, List.of());
    }

    public MinutesData {
        ledgers = ledgers == null ? List.of() : List.copyOf(ledgers);
        members = members == null ? List.of() : List.copyOf(members);
        grid = grid == null ? List.of() : List.copyOf(grid);
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** One criterion of the evaluation grid. */
    public record GridLine(String criterion, String weight, String scale, String threshold) {
    }

    /** One file in the ranking of its track. */
    public record RankingLine(String track, String rank, String reference, String organisation, String solution,
            String score, String eligible, String proposed, String decision) {
    }

    /** The committee's decision on one file, with its motivation. */
    public record DecisionLine(String reference, String organisation, String outcomeLabel, String motivation) {
    }

    /** The head of one ledger: its name, its number of lines and the hash of its last line. */
    public record ChainHead(String ledger, String entries, String hash) {
    }
}
