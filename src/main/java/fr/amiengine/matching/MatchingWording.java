package fr.amiengine.matching;

import fr.amiengine.publication.PanoramaDocument.Ref;
import java.util.List;
import java.util.Locale;

/**
 * The French sentences that explain a match: each hard constraint of a need, met or missed by a solution. They are
 * data of the explanation (the API serves them as they are, the pages show them), kept in one place so that the API,
 * the pages and the company's view say the same thing.
 */
final class MatchingWording {

    static final String NOT_DECLARED = "non déclaré";

    private MatchingWording() {
    }

    /** « En France » → « en France »: a label of the sheet, inside a sentence. */
    static String inSentence(String label) {
        return label == null || label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.FRENCH) + label.substring(1);
    }

    static String hostingRequired(String required) {
        return "Hébergement exigé " + inSentence(required);
    }

    static String hostingMet(String required, Ref offered) {
        return hostingRequired(required) + "\u00a0: la solution est hébergée " + inSentence(offered.label());
    }

    static String hostingMissed(String required, Ref offered) {
        return hostingRequired(required) + "\u00a0; la solution " + (offered == null ? "n’a pas déclaré son hébergement (" + NOT_DECLARED + ")"
                : "est hébergée " + inSentence(offered.label()));
    }

    static String securityRequired(String required) {
        return "Qualification exigée\u00a0: " + required;
    }

    static String securityMet(String required) {
        return securityRequired(required) + "\u00a0: détenue par la solution";
    }

    static String securityMissed(String required, boolean declared) {
        return securityRequired(required) + "\u00a0; la solution " + (declared ? "ne la détient pas" : "n’en a déclaré aucune ("
                + NOT_DECLARED + ")");
    }

    static String accessibilityRequired(String required) {
        return "Accessibilité exigée\u00a0: " + inSentence(required);
    }

    static String accessibilityMet(String required, Ref offered) {
        return accessibilityRequired(required) + "\u00a0: la solution est déclarée «\u00a0" + inSentence(offered.label()) + "\u00a0»";
    }

    static String accessibilityMissed(String required, Ref offered) {
        return accessibilityRequired(required) + "\u00a0; la solution " + (offered == null
                ? "n’a pas déclaré son niveau d’accessibilité (" + NOT_DECLARED + ")"
                : "est déclarée «\u00a0" + inSentence(offered.label()) + "\u00a0»");
    }

    static String deploymentRequired(List<String> accepted) {
        return "Mode de déploiement exigé\u00a0: " + String.join(" ou ", accepted.stream().map(MatchingWording::inSentence).toList());
    }

    static String deploymentMet(List<String> accepted, List<String> common) {
        return deploymentRequired(accepted) + "\u00a0: la solution propose " + String.join(", ",
                common.stream().map(MatchingWording::inSentence).toList());
    }

    static String deploymentMissed(List<String> accepted, List<String> offered) {
        return deploymentRequired(accepted) + "\u00a0; la solution " + (offered.isEmpty()
                ? "n’a pas déclaré ses modes de déploiement (" + NOT_DECLARED + ")"
                : "propose seulement " + String.join(", ", offered.stream().map(MatchingWording::inSentence).toList()));
    }

    static String federationRequired(String required) {
        return "Fédération d’identité exigée\u00a0: " + required;
    }

    static String federationMet(String required, String offered) {
        return federationRequired(required) + "\u00a0: la solution déclare «\u00a0" + offered + "\u00a0»";
    }

    static String federationMissed(String required, String offered) {
        return federationRequired(required) + "\u00a0; la solution " + (offered == null || offered.isBlank()
                ? "n’a déclaré aucune fédération d’identité (" + NOT_DECLARED + ")" : "déclare seulement «\u00a0" + offered + "\u00a0»");
    }

    static String sameFamily(String label) {
        return "De la famille du besoin («\u00a0" + label + "\u00a0»)";
    }

    static String otherFamily(String label) {
        return "D’une autre famille («\u00a0" + (label == null ? NOT_DECLARED : label) + "\u00a0»)";
    }

    /** « 1 200 utilisateurs · 40 000 documents par an », or « non précisé ». */
    static String volume(Integer users, Long documents) {
        List<String> parts = new java.util.ArrayList<>();
        if (users != null) {
            parts.add(number(users) + " utilisateurs");
        }
        if (documents != null) {
            parts.add(number(documents) + " documents par an");
        }
        return parts.isEmpty() ? "non précisé" : String.join(" · ", parts);
    }

    /** « de 20 000 € à 80 000 € », « jusqu’à 80 000 € », « à partir de 20 000 € », or « non précisé ». */
    static String budget(Long min, Long max) {
        if (min != null && max != null) {
            return "de " + number(min) + "\u00a0€ à " + number(max) + "\u00a0€";
        }
        if (max != null) {
            return "jusqu’à " + number(max) + "\u00a0€";
        }
        return min != null ? "à partir de " + number(min) + "\u00a0€" : "non précisé";
    }

    private static String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }

    static String noConstraint() {
        return "Aucune contrainte impérative";
    }
}
