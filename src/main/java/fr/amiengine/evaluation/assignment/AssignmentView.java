package fr.amiengine.evaluation.assignment;

import java.time.Instant;
import java.util.List;

/**
 * The assignment of a campaign, file by file, with the reason of each choice and the resulting loads; and since when
 * a calculation runs on the job executor ({@code calculatingSince}, null when none runs), or why the last one failed
 * ({@code calculationFailure}, in French, null unless the engine gave up on it; asking again replaces it).
 */
public record AssignmentView(String campaignCode, boolean released, Instant dueAt, String note, List<FileLine> files,
                             List<Load> loads, List<String> undeclared, Instant calculatingSince,
                             String calculationFailure) {

    /** Whole seconds since the calculation started, for the page. */
    public long calculatingForSeconds() {
        return calculatingSince == null ? 0 : Math.max(0, java.time.Duration.between(calculatingSince, Instant.now()).toSeconds());
    }

    public String undeclaredNames() {
        return String.join(", ", undeclared);
    }

    public record FileLine(String reference, String organisation, String solution, String family, List<Line> evaluators) {
    }

    public record Line(Long assignmentId, Long evaluatorId, String evaluator, boolean expert, String reason, AssignmentState state,
                       int round, boolean late) {
    }

    public record Load(Long evaluatorId, String evaluator, long files) {
    }
}
