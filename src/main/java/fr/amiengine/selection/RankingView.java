package fr.amiengine.selection;

import java.math.BigDecimal;
import java.util.List;

/** The ranking of a campaign, per track, with the published rules and each file's explanation. */
public record RankingView(String campaignCode, String basis, String basisLabel, String tieRules, List<TrackRanking> tracks) {

    public record TrackRanking(String code, String label, int seats, Long budgetEuros, List<Line> files) {
    }

    /**
     * @param position 1-based among the track's eligible files; null for a file under a threshold
     * @param score    the score that ranks (raw or normalised, as the campaign publishes)
     */
    public record Line(Integer position, String reference, String organisation, String solution, String family,
                       BigDecimal score, BigDecimal rawScore, BigDecimal normalisedScore, boolean eligible,
                       Long requestedAmountEuros, String explanation) {
    }
}
