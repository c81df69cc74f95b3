package fr.amiengine.export;

import fr.amiengine.shared.FrenchFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the values of an export become cells, in CSV and in XLSX alike. Text typed by candidates and evaluators is
 * neutralised against formula injection (OWASP, « CSV injection »): a spreadsheet opening the file must never run
 * {@code =HYPERLINK(...)} or {@code @SUM(...)} written in a summary or a justification.
 */
final class Cells {

    /** Date and time in Paris, in a form every spreadsheet reads as a date whatever its language. */
    static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";

    /** The same, as an Excel number format. */
    static final String EXCEL_DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN).withZone(FrenchFormat.PARIS);

    private Cells() {
    }

    /**
     * A text a spreadsheet could take for a formula or a command (it begins with {@code = + - @}, a tab or a
     * carriage return) gets a leading apostrophe, so that it is shown as typed and never evaluated.
     */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The text of a value in a CSV cell, before quoting: numbers with a decimal comma, dates in Paris time. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return neutralise(text);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant);
        }
        if (value instanceof Boolean flag) {
            return yesNo(flag);
        }
        throw new IllegalArgumentException("valeur d’export non prise en charge\u00a0: " + value.getClass().getSimpleName());
    }

    static String yesNo(boolean flag) {
        return flag ? "Oui" : "Non";
    }

    /** An instant as the wall-clock time in Paris, which is what a spreadsheet date holds. */
    static LocalDateTime paris(Instant instant) {
        return LocalDateTime.ofInstant(instant, FrenchFormat.PARIS);
    }
}
