package fr.amiengine.campaign;

/** What happens when the evaluators of a file disagree beyond the campaign's spread. */
public enum DisagreementPolicy {
    ADDITIONAL_EVALUATOR("Un évaluateur supplémentaire est désigné automatiquement"),
    CONSENSUS("Les évaluateurs rédigent une note commune, avec l’avis minoritaire");

    public final String label;

    DisagreementPolicy(String label) {
        this.label = label;
    }
}
