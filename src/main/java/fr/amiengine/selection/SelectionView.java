package fr.amiengine.selection;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The deliberation of a campaign: the proposal, what its constraints changed compared with the pure ranking,
 * each file's decision, the totals per track and per family, and where the four-eyes approval stands. A proposal
 * calculated on the job executor shows since when it runs ({@code calculatingSince}, null when none runs), why the
 * last one failed ({@code calculationFailure}: the engine gave up on it, null otherwise) or why it could not be made
 * ({@code note}: the solver's refusal); asking again replaces both.
 */
public record SelectionView(String campaignCode, String state, Instant computedAt, String computedBy, List<String> changes,
                            List<TrackTotal> tracks, List<FamilyTotal> families, List<Line> files, String submittedBy,
                            Instant submittedAt, String approvedBy, Instant approvedAt, String approvalRefusal,
                            List<String> problems, Instant calculatingSince, String calculationFailure, String note) {

    /** Whole seconds since the calculation started, for the page. */
    public long calculatingForSeconds() {
        return calculatingSince == null ? 0 : Math.max(0, java.time.Duration.between(calculatingSince, Instant.now()).toSeconds());
    }

    /**
     * The files that a search keeps, in the order of the ranking (by track, then rank): a reference, a SIREN, or words
     * of the organisation's or solution's name (case and accents ignored), a track's code, a decision. The totals are
     * not filtered: they always count every file.
     *
     * @param search  what was typed, blank for every file
     * @param track   a track's code of this campaign, blank for every track; another code is refused in French
     * @param outcome the decision, {@code null} for every one
     */
    public List<Line> files(String search, String track, DecisionOutcome outcome) {
        String code = track == null || track.isBlank() ? null : track.strip();
        if (code != null && tracks.stream().noneMatch(t -> t.code().equals(code))) {
            throw AmiException.invalid("track", "Le volet demandé n’existe pas dans cette campagne\u00a0; choisissez-en un"
                    + " dans la liste.");
        }
        List<String> words = FrenchText.words(search);
        String typed = search == null ? "" : search.strip();
        return files.stream()
                .filter(f -> code == null || f.trackCode().equals(code))
                .filter(f -> outcome == null || f.outcome() == outcome)
                .filter(f -> typed.isEmpty() || typed.equals(f.siren()) || words.stream().allMatch(w ->
                        FrenchText.fold(f.reference() + " " + f.organisation() + " " + f.solution()).contains(w)))
                .toList();
    }

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
