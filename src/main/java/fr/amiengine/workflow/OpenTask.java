package fr.amiengine.workflow;

/**
 * Which open user task {@link WorkflowService#completeTask} completes: the task {@code taskKey} of the process whose
 * business key is given, and, when one is named, only the one assigned to that person ({@code camunda:assignee}) or
 * offered to them ({@code camunda:candidateUsers}).
 *
 * @param businessKey the process's business key (a campaign code or a candidature reference)
 * @param taskKey     the user task's BPMN id ({@code Task_…} in {@link ProcessVariables})
 * @param assignee    the subject the task must be assigned to, or null
 * @param candidate   the subject the task must be offered to, or null
 */
public record OpenTask(String businessKey, String taskKey, String assignee, String candidate) {

    /** The task {@code taskKey} of the process of {@code businessKey}, whoever it is for. */
    public static OpenTask of(String businessKey, String taskKey) {
        return new OpenTask(businessKey, taskKey, null, null);
    }

    /** The same task, only when it is assigned to this person. */
    public OpenTask assignedTo(String subject) {
        return new OpenTask(businessKey, taskKey, subject, candidate);
    }

    /** The same task, only when it is offered to this person, one of several. */
    public OpenTask offeredTo(String subject) {
        return new OpenTask(businessKey, taskKey, assignee, subject);
    }
}
