package fr.amiengine.evaluation.assignment;

/**
 * Whether a member's evaluation of an assignment has counted: a member who submitted no longer steps down from the
 * file. Scoring implements it ({@code evaluation.scoring.EvaluationRepository}); the assignment, which comes before
 * scoring, asks through this interface only.
 */
public interface ScoredAssignments {

    /** Whether the evaluation of this assignment is submitted. */
    boolean isSubmitted(Long assignmentId);
}
