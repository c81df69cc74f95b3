package fr.amiengine.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds French text for search: no accents, no case, ligatures spelled out, so that « deploiement » finds
 * « Déploiement ». The panorama folds in memory; the administrators' lists fold in the database with
 * {@link #foldedColumn}, the same letters in SQL, so that a search by name stays one paged query.
 */
public final class FrenchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The accented lower-case letters of French (and a few neighbours), and what each folds to in SQL. */
    private static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ";
    private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

    private FrenchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words of a query, folded; empty for a blank query. */
    public static List<String> words(String query) {
        return Arrays.stream(SEPARATORS.split(fold(query))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A JPQL expression folding {@code column} as {@link #fold} does (lower case, no accent, « œ » as « oe »), with
     * the {@code translate} and {@code replace} functions that H2 and PostgreSQL share.
     */
    public static String foldedColumn(String column) {
        return "replace(replace(function('translate', lower(" + column + "), '" + ACCENTED + "', '" + PLAIN
                + "'), 'œ', 'oe'), 'æ', 'ae')";
    }

    /** {@code text} folded and made safe inside a JPQL {@code like} pattern (escape character {@code !}). */
    public static String likePattern(String text) {
        return "%" + fold(text).strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
