package fr.amiengine.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names replaced by « Personne 1 », « Personne 2 »… when a campaign's retention period ends (docs/rgpd.md): the same
 * name gets the same pseudonym throughout one holder's records, in the order the names are met, so that a history
 * stays readable (« Personne 1 a déposé le dossier, Personne 1 a joint le PDF »). A name already pseudonymised is
 * kept as it is: running the erasure again changes nothing.
 */
public final class Pseudonyms {

    private static final String PREFIX = "Personne ";
    private static final Pattern PSEUDONYM = Pattern.compile(PREFIX + "\\d+");

    private final Map<String, String> given = new LinkedHashMap<>();

    /** The pseudonym of {@code name}; null and pseudonyms are returned unchanged. */
    public String of(String name) {
        if (name == null || isPseudonym(name)) {
            return name;
        }
        return given.computeIfAbsent(name, n -> PREFIX + (given.size() + 1));
    }

    public static boolean isPseudonym(String name) {
        return name != null && PSEUDONYM.matcher(name).matches();
    }
}
