package fr.amiengine.selection;

import fr.amiengine.shared.FrenchFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a campaign's reviewed files, per track, with the published tie rules (see docs/selection.md):
 * the higher score first; at equal score the higher mean on impact, then on maturity, then the earlier submission,
 * then the reference. Files below a criterion's threshold are not ranked. Each file gets an explanation a candidate
 * can read.
 */
public final class Ranking {

    /** The tie rules as published with the call. */
    public static final String TIE_RULES = "À note égale, le dossier dont la moyenne sur l’impact est la plus haute passe "
            + "devant\u00a0; puis celui dont la moyenne sur la maturité est la plus haute\u00a0; puis le premier déposé.";

    /** A reviewed file as the ranking needs it. {@code ineligibility} is null for an eligible file. */
    public record Entry(String reference, String track, String trackLabel, String family, BigDecimal score,
                        String ineligibility, BigDecimal impact, BigDecimal maturity, Instant submittedAt) {

        boolean eligible() {
            return ineligibility == null;
        }
    }

    /** A file's place: {@code position} is 1-based among the eligible files of its track, null when not ranked. */
    public record Ranked(Entry entry, Integer position, int rankedInTrack, String explanation) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::score, Comparator.reverseOrder())
            .thenComparing(Entry::impact, Comparator.reverseOrder())
            .thenComparing(Entry::maturity, Comparator.reverseOrder())
            .thenComparing(Entry::submittedAt)
            .thenComparing(Entry::reference);

    private Ranking() {
    }

    /** The ranked files, track by track in the order given, each track's eligible files first in rank order. */
    public static List<Ranked> rank(List<Entry> entries, String basisLabel) {
        Map<String, List<Entry>> byTrack = new LinkedHashMap<>();
        entries.forEach(e -> byTrack.computeIfAbsent(e.track(), k -> new ArrayList<>()).add(e));
        List<Ranked> result = new ArrayList<>();
        byTrack.values().forEach(list -> result.addAll(rankTrack(list, basisLabel)));
        return result;
    }

    private static List<Ranked> rankTrack(List<Entry> entries, String basisLabel) {
        List<Entry> eligible = entries.stream().filter(Entry::eligible).sorted(ORDER).toList();
        List<Ranked> result = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            result.add(new Ranked(eligible.get(i), i + 1, eligible.size(), explain(eligible, i, basisLabel)));
        }
        entries.stream().filter(e -> !e.eligible()).sorted(ORDER).forEach(e -> result.add(new Ranked(e, null, eligible.size(),
                "Non classé\u00a0: " + e.ineligibility() + " Un dossier sous le seuil d’un critère ne peut pas être retenu.")));
        return result;
    }

    private static String explain(List<Entry> ranked, int i, String basisLabel) {
        Entry e = ranked.get(i);
        StringBuilder text = new StringBuilder();
        text.append("Classé ").append(ordinalOf(i + 1)).append(" sur ").append(ranked.size())
                .append(ranked.size() > 1 ? " dossiers éligibles" : " dossier éligible").append(" du volet «\u00a0")
                .append(e.trackLabel()).append("\u00a0» avec ").append(points(e.score())).append(" sur 100 (").append(basisLabel)
                .append(").");
        if (i > 0) {
            text.append(' ').append(versus(e, ranked.get(i - 1), true));
        }
        if (i + 1 < ranked.size()) {
            text.append(' ').append(versus(e, ranked.get(i + 1), false));
        }
        return text.toString();
    }

    /** How the file compares with its neighbour: by score, or by the tie rule that separated them. */
    private static String versus(Entry e, Entry other, boolean otherIsAhead) {
        String who = (otherIsAhead ? "Le dossier classé juste devant" : "Le dossier classé juste derrière");
        if (e.score().compareTo(other.score()) != 0) {
            return who + " a " + points(other.score()) + ".";
        }
        String rule;
        if (e.impact().compareTo(other.impact()) != 0) {
            rule = "la moyenne sur l’impact (" + points(e.impact()) + " contre " + points(other.impact()) + ")";
        } else if (e.maturity().compareTo(other.maturity()) != 0) {
            rule = "la moyenne sur la maturité (" + points(e.maturity()) + " contre " + points(other.maturity()) + ")";
        } else if (!e.submittedAt().equals(other.submittedAt())) {
            rule = "la date de dépôt (le " + FrenchFormat.dateTime(e.submittedAt()) + " contre le "
                    + FrenchFormat.dateTime(other.submittedAt()) + ")";
        } else {
            rule = "la référence du dossier";
        }
        return who + " a la même note\u00a0; ils sont départagés par " + rule + ".";
    }

    /** « 1er », « 2e »… */
    public static String ordinalOf(int n) {
        return n == 1 ? "1er" : n + "e";
    }

    /** A score without trailing zeros, with a decimal comma: « 71,25 », « 4 ». */
    public static String points(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
