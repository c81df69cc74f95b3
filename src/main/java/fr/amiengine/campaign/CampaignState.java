package fr.amiengine.campaign;

/** BRIEF.md lifecycle; opening and closing are driven by the timers of {@code campaign.bpmn}. */
public enum CampaignState {
    DRAFT,
    OPEN,
    CLOSED,
    EVALUATION,
    DELIBERATION,
    DECIDED,
    PUBLISHED
}
