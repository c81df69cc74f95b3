package fr.amiengine.web;

import fr.amiengine.shared.FrenchFormat;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French formats for the templates: {@code {campaign.closingAt.fr}}, {@code {track.budgetEuros.euros}}. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(FrenchFormat.PARIS);

    /** « 30 mai 2025 à 18:00 », « 1er juin 2025 à 09:00 », Paris time. */
    static String fr(Instant instant) {
        return FrenchFormat.dateTime(instant);
    }

    /** « 30 mai 2025 ». */
    static String frDate(Instant instant) {
        return FrenchFormat.date(instant);
    }

    /** « 30 mai 2025 », for a calendar date. */
    static String frLocalDate(java.time.LocalDate date) {
        return FrenchFormat.date(date);
    }

    /** The value of an {@code input type=datetime-local}, Paris time. */
    static String localInput(Instant instant) {
        return instant == null ? "" : ISO_LOCAL.format(instant);
    }

    /** « 3 500 000 € » with the narrow no-break spaces of French typography. */
    static String euros(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Locale.FRANCE).format(amount) + "\u00a0€";
    }

    /** « 2,5 ». */
    static String frNumber(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(Locale.FRANCE).format(value);
    }

    /** Bytes as whole mebibytes, for limits: « 10 Mo ». */
    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** For {@code {form.id('contact.email')}} in tags that only have the name. */
    static String fieldId(String name) {
        return FormState.idOf(name);
    }
}
