package fr.amiengine.campaign;

/** BRIEF.md lifecycle; opening and closing are driven by the timers of {@code campaign.bpmn}. */
public enum CampaignState {
    DRAFT("brouillon"),
    OPEN("ouverte"),
    CLOSED("close"),
    EVALUATION("en évaluation"),
    DELIBERATION("en délibération"),
    DECIDED("décidée"),
    PUBLISHED("publiée");

    /** The French word shown to people. */
    public final String label;

    CampaignState(String label) {
        this.label = label;
    }
}
