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
     * @param rawPosition        the place the file would have if the raw score ranked; null when not ranked
     * @param normalisedPosition the place it would have if the normalised score ranked; null when not ranked
     */
    public record Line(Integer position, String reference, String organisation, String solution, String family,
                       BigDecimal score, BigDecimal rawScore, BigDecimal normalisedScore, boolean eligible,
                       Long requestedAmountEuros, String explanation, Integer rawPosition, Integer normalisedPosition) {

        /** Places gained (positive) or lost (negative) by the normalised score against the raw mean; 0 when none or not ranked. */
        public int normalisationShift() {
            return rawPosition == null || normalisedPosition == null ? 0 : rawPosition - normalisedPosition;
        }

        /** Places lost by the normalised score against the raw mean (0 when it gains or keeps its place). */
        public int placesLost() {
            return Math.max(0, -normalisationShift());
        }
    }

    /** Whether normalisation moves at least one file of the campaign, on any track. */
    public boolean normalisationMoves() {
        return tracks.stream().flatMap(t -> t.files().stream()).anyMatch(l -> l.normalisationShift() != 0);
    }
}
