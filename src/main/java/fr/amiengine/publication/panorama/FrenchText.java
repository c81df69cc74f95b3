package fr.amiengine.publication.panorama;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds French text for search: no accents, no case, ligatures spelled out, so that « deploiement » finds « Déploiement ». */
final class FrenchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private FrenchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words of a query, folded; empty for a blank query. */
    static List<String> words(String query) {
        return Arrays.stream(SEPARATORS.split(fold(query))).filter(w -> !w.isEmpty()).toList();
    }
}
