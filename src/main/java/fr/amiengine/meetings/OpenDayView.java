package fr.amiengine.meetings;

import java.util.List;

/** A day buyers may ask a slot of: each laureate of the published panorama and its free slots. */
public record OpenDayView(MeetingDayView day, List<Laureate> laureates) {

    public record Laureate(String reference, String solutionName, String organisation, String family,
                           List<MeetingDayView.SlotView> freeSlots) {
    }
}
