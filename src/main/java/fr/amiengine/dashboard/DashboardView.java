package fr.amiengine.dashboard;

import fr.amiengine.campaign.CampaignState;
import fr.amiengine.selection.DecisionOutcome;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.StageCount;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Where a campaign stands, for its administrators: one figure per question they ask, each from the place that
 * holds the truth (see docs/dashboard.md).
 *
 * @param publicationRevision the number of the panorama's last publication, 0 before the first
 * @param files              every candidature of the campaign, drafts included
 * @param stages             files per step of {@code Process_Candidature}, from the engine
 * @param filesWithoutProcess files never submitted (drafts, drafts withdrawn): they have no process
 */
public record DashboardView(String campaignCode, String campaignTitle, CampaignState campaignState, String campaignStateLabel,
                            boolean published, int publicationRevision, long files, List<StageCount> stages, long filesWithoutProcess,
                            List<StateCount> filesByState, List<Day> submissionsByDay, Evaluations evaluations,
                            Disagreements disagreements, List<DecisionCount> decisions, Mails letters, Mails receipts) {

    public record StateCount(CandidatureState state, String label, long files) {
    }

    /** Files submitted that day (Paris time) and in all up to that day. */
    public record Day(LocalDate date, long submitted, long cumulative) {

        private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);

        /** « lundi 3 novembre 2025 », « samedi 1er novembre 2025 », for the pages. */
        public String dateLabel() {
            return WEEKDAY.format(date) + " " + fr.amiengine.shared.FrenchFormat.date(date);
        }
    }

    /**
     * @param expected  evaluations released to the members (steps-down excluded)
     * @param submitted of those, submitted
     * @param pending   not submitted yet ({@code expected - submitted}), late ones included
     * @param late      not submitted and past their due date
     * @param drafts    not submitted, with a draft saved
     */
    public record Evaluations(long expected, long submitted, long pending, long late, long drafts) {

        /** Not submitted, not late yet. */
        public long onTime() {
            return pending - late;
        }
    }

    /**
     * Files whose evaluators disagreed beyond the spread: with an additional evaluator, or without one (the pair's
     * consensus note, or nobody free to be the third).
     */
    public record Disagreements(long flagged, long additionalEvaluator, long withoutAdditionalEvaluator) {
    }

    /** The committee's decisions of one outcome; final ones are approved by a second administrator. */
    public record DecisionCount(DecisionOutcome outcome, String label, long files, long finalised) {
    }

    /** Mails owed to candidates: due, sent (accepted by the relay) and still to send. */
    public record Mails(long due, long sent, long pending) {
    }
}
