package fr.amiengine.evaluation.assignment;

/** An assignment is proposed, then released to its evaluator; a recusal ends it. */
public enum AssignmentState {
    PROPOSED("proposée"),
    RELEASED("attribuée"),
    RECUSED("déport");

    public final String label;

    AssignmentState(String label) {
        this.label = label;
    }
}
