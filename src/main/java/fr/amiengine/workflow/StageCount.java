package fr.amiengine.workflow;

/**
 * How many files are at one step of {@code Process_Candidature}, as the engine sees it.
 *
 * @param activityId the step's BPMN id; for a file whose process ended, the end event it ended at (null when the
 *                   process was stopped without reaching one)
 * @param name       the step's French name in the model
 * @param ended      whether these files' processes have ended (at {@code activityId})
 * @param files      how many files
 */
public record StageCount(String activityId, String name, boolean ended, long files) {
}
