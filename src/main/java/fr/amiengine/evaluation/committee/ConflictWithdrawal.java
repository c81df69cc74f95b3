package fr.amiengine.evaluation.committee;

/**
 * What follows a member's declaration of links: they leave the files they may no longer evaluate. The assignment
 * implements it ({@code evaluation.assignment.ReassignmentService}); the committee, which comes before the
 * assignment, calls it through this interface only.
 */
public interface ConflictWithdrawal {

    /**
     * Withdraws the member from the files they may no longer evaluate, in the declaration's transaction: a refusal
     * (the member is the last one on a file) undoes the declaration.
     */
    void withdrawConflicted(Evaluator evaluator);
}
