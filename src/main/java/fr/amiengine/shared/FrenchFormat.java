package fr.amiengine.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as French readers expect them in messages and documents: Paris time, « 30 mai 2025 à 18:00 »;
 * « 3 500 000 € » with a narrow no-break space between thousands and a no-break space before the euro sign.
 */
public final class FrenchFormat {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRANCE).withZone(PARIS);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).withZone(PARIS);

    private FrenchFormat() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
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
