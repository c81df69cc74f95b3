package fr.amiengine.evaluation.committee;

import fr.amiengine.identity.OrganisationKind;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a committee member may evaluate a file, by the rules of the brief: same SIREN, same group, declared link.
 * A member's own declarations are not enough (they may forget, or choose not to), so besides the links they declare
 * the rules detect what the platform already knows about them:
 * <ul>
 *   <li>the organisation their account acts for, as a candidate: one account is never both a candidate of an
 *       organisation and an evaluator of its files;</li>
 *   <li>the file they filed themselves;</li>
 *   <li>the administration they come from, when it is the candidate (names compared without case, accents or
 *       punctuation, since the invitation gives it in words).</li>
 * </ul>
 * Pure: the service gives who the members are and whose the files are; the solver receives, for each file, the
 * members these rules rule out.
 */
public final class ConflictRules {

    /**
     * A member as far as conflicts go.
     *
     * @param id             the evaluator's id (as the solver knows them)
     * @param username       their account's login (a file's author is recorded by login)
     * @param administration the administration they come from, as the invitation gave it
     * @param declared       the SIRENs they declared a link with, and which link
     * @param ownSiren       the SIREN of the organisation their account acts for as a candidate, if any
     */
    public record Member(String id, String username, String administration, Map<String, ConflictKind> declared,
                         Optional<String> ownSiren) {
    }

    /** A file: its organisation, and the account that filed it. */
    public record File(String reference, String siren, String legalName, OrganisationKind kind, String author) {
    }

    /** One rule that keeps a member off a file, in French, to be read after the member's name. */
    public record Conflict(String reference, String siren, String organisation, boolean declared, String reason) {
    }

    private ConflictRules() {
    }

    /** The first rule that keeps the member off the file, declared links first; empty when they may evaluate it. */
    public static Optional<Conflict> conflict(Member member, File file) {
        ConflictKind link = member.declared().get(file.siren());
        if (link != null) {
            return Optional.of(conflict(file, true, "a déclaré un lien avec cette organisation"));
        }
        if (member.ownSiren().filter(file.siren()::equals).isPresent()) {
            return Optional.of(conflict(file, false, "agit pour l’organisation candidate «\u00a0" + file.legalName() + "\u00a0»\u00a0: un même "
                    + "compte ne peut pas être candidat d’une organisation et évaluateur de ses dossiers"));
        }
        if (member.username() != null && member.username().equals(file.author())) {
            return Optional.of(conflict(file, false, "a lui-même déposé ce dossier"));
        }
        if (file.kind() == OrganisationKind.ADMINISTRATION && !comparable(member.administration()).isEmpty()
                && comparable(member.administration()).equals(comparable(file.legalName()))) {
            return Optional.of(conflict(file, false, "vient de l’organisation candidate\u00a0: son administration d’origine est «\u00a0"
                    + member.administration() + "\u00a0»"));
        }
        return Optional.empty();
    }

    /** For one file, the ids of the members the rules keep off it (the solver's {@code conflicted}). */
    public static Set<String> ruledOut(File file, Collection<Member> members) {
        return members.stream().filter(m -> conflict(m, file).isPresent()).map(Member::id).collect(Collectors.toSet());
    }

    /** The conflicts the platform detected for one member on these files, beyond the links they declared. */
    public static List<Conflict> detected(Member member, Collection<File> files) {
        return files.stream().map(f -> conflict(member, f)).flatMap(Optional::stream).filter(c -> !c.declared()).toList();
    }

    private static Conflict conflict(File file, boolean declared, String reason) {
        return new Conflict(file.reference(), file.siren(), file.legalName(), declared, reason);
    }

    /** Lower case, no accents, words separated by one space: « Ministère de l'Intérieur » = « MINISTERE DE L'INTERIEUR ». */
    static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
