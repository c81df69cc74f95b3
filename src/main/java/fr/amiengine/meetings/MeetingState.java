package fr.amiengine.meetings;

/** The life of a meeting request ({@code bpmn/meeting-request.bpmn}). */
public enum MeetingState {
    REQUESTED("demandé", true),
    ACCEPTED("accepté", true),
    DECLINED("refusé", false),
    EXPIRED("expiré sans réponse", false);

    /** The French word shown to people. */
    public final String label;
    /** Whether the meeting holds its slot: its parties cannot be booked elsewhere at that time. */
    public final boolean active;

    MeetingState(String label, boolean active) {
        this.label = label;
        this.active = active;
    }
}
