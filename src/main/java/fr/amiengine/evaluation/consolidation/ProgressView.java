package fr.amiengine.evaluation.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where the evaluation of a campaign stands, for its administrators. */
public record ProgressView(String campaignCode, Map<fr.amiengine.submission.CandidatureState, Long> filesByState, long assignments, long submitted, long late,
                           long drafts, List<EvaluatorProgress> evaluators, List<Disagreement> disagreements,
                           List<Day> submissionsByDay) {

    public record EvaluatorProgress(Long evaluatorId, String name, String administration, boolean declared, long assigned,
                                    long submitted, long late) {
    }

    public record Disagreement(String reference, String solution, String detail, boolean additionalEvaluator) {
    }

    /** Evaluations submitted that day and in all up to that day. */
    public record Day(LocalDate date, long submitted, long cumulative) {
    }
}
