package fr.amiengine.shared;

/**
 * Which page of a long list a request asks for, read from its {@code page} and {@code size} query parameters (the
 * one mechanism of the lists of the pages and of the API). A page number that is not a whole number is refused in
 * French (422); a number below 1 means the first page, one beyond the last means the last ({@link #within}).
 *
 * @param page the page number, from 1
 * @param size how many lines per page
 */
public record PageRequest(int page, int size) {

    /** The size of a page of the administrators' lists. */
    public static final int DEFAULT_SIZE = 50;
    /** The largest page the API serves. */
    public static final int MAX_SIZE = 500;

    /** The first page of {@value #DEFAULT_SIZE} lines. */
    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /**
     * @param page the {@code page} parameter as typed, {@code null} or blank for the first page
     * @param size the {@code size} parameter as typed, {@code null} or blank for {@value #DEFAULT_SIZE}
     */
    public static PageRequest parse(String page, String size) {
        int number = number("page", page, 1, "Le numéro de page doit être un nombre entier (1 pour la première page).");
        int lines = number("size", size, DEFAULT_SIZE, "La taille de page doit être un nombre entier de lignes, de 1 à "
                + MAX_SIZE + ".");
        if (lines < 1 || lines > MAX_SIZE) {
            throw AmiException.invalid("size", "La taille de page doit être comprise entre 1 et " + MAX_SIZE + " lignes.");
        }
        return new PageRequest(Math.max(1, number), lines);
    }

    /** This request brought within the pages that {@code total} lines fill (at least one page, even empty). */
    public PageRequest within(long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return new PageRequest(Math.min(page, last), size);
    }

    /** The index of this page's first line. */
    public int offset() {
        return (page - 1) * size;
    }

    private static int number(String field, String value, int absent, String message) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String digits = value.strip();
        if (!digits.matches("-?\\d{1,9}")) {
            throw AmiException.invalid(field, message);
        }
        return Integer.parseInt(digits);
    }
}
