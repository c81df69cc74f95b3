package fr.amiengine.evaluation.scoring;

import fr.amiengine.identity.Actor;

/**
 * A file's submitted evaluations and their consolidation, as the blind rules let the reader see them: a member reads
 * them only once their own evaluation is submitted. The consolidation implements it
 * ({@code evaluation.consolidation.ConsolidationService}); the scoring page, which comes before the consolidation,
 * reads them through this interface only.
 */
public interface OtherEvaluations {

    /** The evaluations of the file; refused (403, or the 404 of an unknown file) to a reader who may not see them yet. */
    FileEvaluationsView evaluationsOf(Actor actor, String reference);
}
