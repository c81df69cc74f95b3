package fr.amiengine.workshops;

import java.time.Instant;

/**
 * A session as its readers see it: the seats left, whether the reminder of the eve has gone ({@code remindersDue}:
 * a later registrant gets none and adds the .ics itself), and whether the reader is registered ({@code registered}
 * is false for an administrator's list).
 */
public record WorkshopView(Long id, String title, WorkshopTheme theme, String themeLabel, String description,
                           Instant startsAt, Instant endsAt, String dateLabel, String hoursLabel, int minutes, String place,
                           String visioUrl, int capacity, int taken, int seatsLeft, boolean full, boolean cancelled,
                           String cancellationReason, boolean started, boolean remindersDue, boolean registered) {
}
