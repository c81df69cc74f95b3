package fr.amiengine.evaluation;

import java.time.Instant;
import java.util.List;

/** A committee member as the administrators see them. */
public record EvaluatorView(Long id, String displayName, String email, String administration, List<String> families,
                            Integer maxFiles, boolean declared, Instant declaredAt, List<LinkView> links) {

    public record LinkView(String siren, ConflictKind kind, String note) {
    }

    static EvaluatorView of(Evaluator e) {
        return new EvaluatorView(e.id, e.displayName, e.email, e.administration, List.copyOf(e.familyCodes()), e.maxFiles,
                e.hasDeclared(), e.declarationCompletedAt,
                e.links.stream().map(l -> new LinkView(l.siren, l.kind, l.note)).toList());
    }
}
