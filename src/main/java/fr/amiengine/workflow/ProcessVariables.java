package fr.amiengine.workflow;

/**
 * The names the BPMN models and the code share: process keys, user tasks, messages and variables.
 * Variables hold ids, dates for timers and gateway flags only; texts, scores and files stay in our tables.
 */
public final class ProcessVariables {

    // Process keys
    public static final String PROCESS_CAMPAIGN = "Process_Campaign";
    public static final String PROCESS_CANDIDATURE = "Process_Candidature";

    // User tasks
    public static final String TASK_REVIEW_ADMISSIBILITY = "Task_ReviewAdmissibility";
    public static final String TASK_LAUNCH_EVALUATION = "Task_LaunchEvaluation";

    // Timers whose due date follows the campaign's dates
    public static final String TIMER_CAMPAIGN_OPENS = "Timer_CampaignOpens";
    public static final String TIMER_CAMPAIGN_CLOSES = "Timer_CampaignCloses";

    // Messages
    public static final String MSG_CORRECTION_SUBMITTED = "CorrectionSubmitted";
    public static final String MSG_CANDIDATURE_WITHDRAWN = "CandidatureWithdrawn";
    public static final String MSG_EVALUATION_STARTED = "EvaluationStarted";
    public static final String MSG_COMMITTEE_DECIDED = "CommitteeDecided";

    // Variables
    /** Code of the campaign, on both processes (the campaign's business key, a filter for candidatures). */
    public static final String CAMPAIGN_CODE = "campaignCode";
    /** ISO-8601 instants read by the timers. */
    public static final String OPENING_AT = "openingAt";
    public static final String CLOSING_AT = "closingAt";
    public static final String CORRECTION_DUE_AT = "correctionDueAt";
    /** Gateway flag set by the completeness check. */
    public static final String COMPLETE = "complete";
    /** Gateway value set when the administrator completes the admissibility review. */
    public static final String ADMISSIBILITY_OUTCOME = "admissibilityOutcome";

    private ProcessVariables() {
    }
}
