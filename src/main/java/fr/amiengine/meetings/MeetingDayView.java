package fr.amiengine.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting day and its slots, as the API and the pages show it; {@code published}: buyers may ask a slot. */
public record MeetingDayView(Long id, String campaignCode, String campaignTitle, LocalDate date, String dateLabel, String title,
                             String place, String visioUrl, boolean published, List<SlotView> slots) {

    /** A slot, with its hours in Europe/Paris. */
    public record SlotView(Long id, Instant startsAt, Instant endsAt, String start, String end) {

        public String label() {
            return start + "–" + end;
        }
    }
}
