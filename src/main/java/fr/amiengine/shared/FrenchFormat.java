package fr.amiengine.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as French readers expect them in messages and documents: Paris time, « 30 mai 2025 à 18:00 », « 1er juin 2025 »;
 * « 3 500 000 € » with a narrow no-break space between thousands and a no-break space before the euro sign.
 */
public final class FrenchFormat {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);

    private FrenchFormat() {
    }

    /** « 1er décembre 2026 à 18:00 », Paris time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " à " + TIME.format(instant.atZone(PARIS));
    }

    /** « 1er décembre 2026 », Paris time. */
    public static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(PARIS).toLocalDate());
    }

    /** « 1er décembre 2026 », « 2 décembre 2026 »: the first of the month is written « 1er », as French does. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : Integer.toString(day)) + "\u00a0" + MONTH_YEAR.format(date);
    }

    /** Whole euros: « 3 500 000 € ». */
    public static String euros(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('\u202F');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped + "\u00A0€";
    }
}
