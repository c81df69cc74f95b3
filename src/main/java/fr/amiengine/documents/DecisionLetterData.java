package fr.amiengine.documents;

import java.util.List;
import java.util.Objects;

/**
 * What a motivated decision letter says. Every value is already formatted for display, the French way.
 *
 * @param outcome {@code "RETAINED"}, {@code "NOT_RETAINED"}, {@code "WAITLISTED"} or {@code "RENOUNCED"} (the
 *                acknowledgement of a laureate's renunciation): chooses the decision sentence
 * @param outcomeLabel the outcome as the committee words it, e.g. « Retenue »
 * @param criteria the candidate's mean score on each criterion of the grid, in the grid's order
 * @param rank e.g. "7e sur 42 dossiers du volet"; null when the file was ineligible and not ranked
 * @param signatory the first name and surname of whoever approved the decision (CRPA L212-1), never an account name
 * @param signatoryTitle their title, set per campaign
 * @param algorithmNotice the section « Traitement algorithmique » (CRPA L311-3-1): where the rules are published and how
 *                        to obtain how they were applied to the file
 * @param appeal the text of the section « Voies et délais de recours »
 */
public record DecisionLetterData(String campaignCode, String campaignTitle, String reference, String organisation,
        String addressee, String solutionName, String track, String outcome, String outcomeLabel, String motivation,
        List<CriterionLine> criteria, String rawScore, String normalisedScore, String rank, String rankExplanation,
        String decidedOn, String signatory, String signatoryTitle, String algorithmNotice, String appeal) {

    public DecisionLetterData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** The same letter for a decision taken later than the committee's (a promotion, a renunciation): its date and signatory. */
    public DecisionLetterData decidedLater(String on, String by) {
        return new DecisionLetterData(campaignCode, campaignTitle, reference, organisation, addressee, solutionName, track, outcome,
                outcomeLabel, motivation, criteria, rawScore, normalisedScore, rank, rankExplanation, on, by, signatoryTitle,
                algorithmNotice, appeal);
    }

    /**
     * One line of the scores table.
     *
     * @param threshold the minimum score of the criterion, or "—" when it has none
     * @param score the candidate's mean score on the criterion
     * @param thresholdMet "atteint", "non atteint" or "—"
     */
    public record CriterionLine(String criterion, String weight, String scale, String threshold, String score,
            String thresholdMet) {
    }
}
