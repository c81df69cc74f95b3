package fr.amiengine.evaluation.scoring;

import java.time.Instant;

/** A file given to the evaluator who reads the list: nothing about the other members of the file. */
public record MyAssignmentView(Long id, String reference, String campaignCode, String solution, String organisation, String family,
                               Instant dueAt, boolean late, EvaluationState evaluation) {
}
