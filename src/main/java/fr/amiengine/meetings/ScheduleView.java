package fr.amiengine.meetings;

import java.util.List;

/** A day's schedule for the administrators: each slot and the meetings requested or held in it. */
public record ScheduleView(MeetingDayView day, List<Row> rows) {

    public record Row(MeetingDayView.SlotView slot, List<MeetingView> meetings) {
    }
}
