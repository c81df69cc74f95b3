package fr.amiengine.evaluation.committee;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A committee member as the administrators see them: the links they declared, and the conflicts the platform
 * detected with the campaign's files (their own organisation, the administration they come from), each with its
 * reason in French.
 */
public record EvaluatorView(Long id, String displayName, String email, String administration, List<String> families,
                            Integer maxFiles, boolean declared, Instant declaredAt, List<LinkView> links,
                            List<ConflictView> detectedConflicts) {

    /** A declared link: the organisation's SIREN, and its name when the platform knows it (null otherwise). */
    public record LinkView(String siren, String organisation, ConflictKind kind, String note) {
    }

    /** A file the member is kept off without having declared it, and why. */
    public record ConflictView(String reference, String organisation, String reason) {
    }

    /** @param names the known organisations' names, by SIREN */
    static EvaluatorView of(Evaluator e, List<ConflictRules.Conflict> detected, Map<String, String> names) {
        return new EvaluatorView(e.id, e.displayName, e.email, e.administration, List.copyOf(e.familyCodes()), e.maxFiles,
                e.hasDeclared(), e.declarationCompletedAt,
                e.links.stream().map(l -> new LinkView(l.siren, names.get(l.siren), l.kind, l.note)).toList(),
                detected.stream().map(c -> new ConflictView(c.reference(), c.organisation(), c.reason())).toList());
    }
}
