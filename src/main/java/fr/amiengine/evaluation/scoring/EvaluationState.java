package fr.amiengine.evaluation.scoring;

/** A draft an evaluator may change, or a submitted evaluation, locked. */
public enum EvaluationState {
    DRAFT("brouillon"),
    SUBMITTED("soumise");

    public final String label;

    EvaluationState(String label) {
        this.label = label;
    }
}
