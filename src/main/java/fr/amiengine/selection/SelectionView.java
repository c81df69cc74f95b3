package fr.amiengine.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The deliberation of a campaign: the proposal, what its constraints changed compared with the pure ranking,
 * each file's decision, the totals per track and per family, and where the four-eyes approval stands.
 */
public record SelectionView(String campaignCode, String state, Instant computedAt, String computedBy, List<String> changes,
                            List<TrackTotal> tracks, List<FamilyTotal> families, List<Line> files, String submittedBy,
                            Instant submittedAt, String approvedBy, Instant approvedAt, String approvalRefusal,
                            List<String> problems) {

    /** Retained files and the money they ask, against the track's seats and budget. */
    public record TrackTotal(String code, String label, int seats, Long budgetEuros, long retained, Long requestedEuros,
                             long waitlisted) {
    }

    public record FamilyTotal(String code, String label, Integer minRetained, Integer maxRetained, long retained) {

        /** « au moins 2 », « au plus 5 », « 2 à 5 », or « — ». */
        public String bounds() {
            if (minRetained != null && maxRetained != null) {
                return minRetained + " à " + maxRetained;
            }
            return minRetained != null ? "au moins " + minRetained : maxRetained != null ? "au plus " + maxRetained : "—";
        }
    }

    public record Line(String reference, String organisation, String siren, String solution, String trackCode, String track,
                       String family,
                       Integer position, BigDecimal score, boolean eligible, Long requestedAmountEuros,
                       DecisionOutcome proposedOutcome, DecisionOutcome outcome, String motivation, boolean departs,
                       boolean manual, String rankExplanation, String updatedBy, boolean finalised) {
    }
}
