package fr.amiengine.workflow;

/**
 * The names the BPMN models and the code share: process keys, user tasks, messages and variables.
 * Variables hold ids, dates for timers and gateway flags only; texts, scores and files stay in our tables.
 */
public final class ProcessVariables {

    // Process keys
    public static final String PROCESS_CAMPAIGN = "Process_Campaign";
    public static final String PROCESS_CANDIDATURE = "Process_Candidature";
    public static final String PROCESS_RECEIPT = "Process_Receipt";
    public static final String PROCESS_ASSIGNMENT_CALCULATION = "Process_AssignmentCalculation";
    public static final String PROCESS_SELECTION_CALCULATION = "Process_SelectionCalculation";
    public static final String PROCESS_PERSONAL_DATA_RETENTION = "Process_PersonalDataRetention";
    public static final String PROCESS_FEEDBACK_MODERATION = "Process_FeedbackModeration";
    public static final String PROCESS_MEETING_REQUEST = "Process_MeetingRequest";
    public static final String PROCESS_WORKSHOP_REMINDER = "Process_WorkshopReminder";
    public static final String PROCESS_WAITLIST_PROMOTION = "Process_WaitlistPromotion";

    // User tasks
    public static final String TASK_REVIEW_ADMISSIBILITY = "Task_ReviewAdmissibility";
    public static final String TASK_LAUNCH_EVALUATION = "Task_LaunchEvaluation";
    public static final String TASK_REVIEW_ASSIGNMENTS = "Task_ReviewAssignments";
    public static final String TASK_SCORE_CANDIDATURE = "Task_ScoreCandidature";
    public static final String TASK_RESCORE_CANDIDATURE = "Task_RescoreCandidature";
    public static final String TASK_WRITE_CONSENSUS_NOTE = "Task_WriteConsensusNote";
    public static final String TASK_OPEN_DELIBERATION = "Task_OpenDeliberation";
    public static final String TASK_DELIBERATE = "Task_Deliberate";
    public static final String TASK_APPROVE_DECISIONS = "Task_ApproveDecisions";
    public static final String TASK_PUBLISH_PANORAMA = "Task_PublishPanorama";
    public static final String TASK_MODERATE_FEEDBACK = "Task_ModerateFeedback";
    public static final String TASK_APPROVE_PROMOTION_FIRST = "Task_ApprovePromotionFirst";
    public static final String TASK_APPROVE_PROMOTION_SECOND = "Task_ApprovePromotionSecond";

    // Asynchronous steps (camunda:asyncBefore), run by the job executor; the demo and the tests run them in its place
    public static final String TASK_START_EVALUATION = "Task_StartEvaluation";
    public static final String TASK_RELEASE_ASSIGNMENTS = "Task_ReleaseAssignments";
    public static final String TASK_FINALISE_DECISIONS = "Task_FinaliseDecisions";
    public static final String TASK_WRITE_MINUTES = "Task_WriteMinutes";
    public static final String TASK_WRITE_DECISION_LETTER = "Task_WriteDecisionLetter";
    public static final String TASK_SEND_DECISION_LETTER = "Task_SendDecisionLetter";
    public static final String TASK_SEND_WITHDRAWAL_ACKNOWLEDGEMENT = "Task_SendWithdrawalAcknowledgement";
    public static final String TASK_WRITE_PROMOTION_LETTER = "Task_WritePromotionLetter";
    public static final String TASK_SEND_PROMOTION_LETTER = "Task_SendPromotionLetter";

    // Timers whose due date follows the campaign's dates
    public static final String TIMER_CAMPAIGN_OPENS = "Timer_CampaignOpens";
    public static final String TIMER_CAMPAIGN_CLOSES = "Timer_CampaignCloses";
    public static final String TIMER_RETENTION_ENDS = "Timer_RetentionEnds";
    public static final String TASK_ERASE_PERSONAL_DATA = "Task_ErasePersonalData";

    // The meeting request (bpmn/meeting-request.bpmn): its expiry timer and its asynchronous steps
    public static final String TIMER_MEETING_ANSWER_DUE = "Timer_MeetingAnswerDue";
    public static final String TASK_SEND_MEETING_INVITATIONS = "Task_SendMeetingInvitations";
    public static final String TASK_SEND_MEETING_REFUSAL = "Task_SendMeetingRefusal";
    public static final String TASK_SEND_MEETING_EXPIRY = "Task_SendMeetingExpiry";
    public static final String TIMER_WORKSHOP_EVE = "Timer_WorkshopEve";
    public static final String TIMER_WORKSHOP_STARTS = "Timer_WorkshopStarts";
    public static final String TASK_SEND_WORKSHOP_REMINDERS = "Task_SendWorkshopReminders";
    public static final String TASK_SEND_WORKSHOP_CANCELLATION = "Task_SendWorkshopCancellation";

    // Messages
    public static final String MSG_CORRECTION_SUBMITTED = "CorrectionSubmitted";
    public static final String MSG_CANDIDATURE_WITHDRAWN = "CandidatureWithdrawn";
    public static final String MSG_EVALUATION_STARTED = "EvaluationStarted";
    public static final String MSG_COMMITTEE_DECIDED = "CommitteeDecided";
    public static final String MSG_ASSIGNMENTS_RELEASED = "AssignmentsReleased";
    public static final String MSG_EVALUATION_REOPENED = "EvaluationReopened";
    public static final String MSG_MEETING_ANSWERED = "MeetingAnswered";
    public static final String MSG_WORKSHOP_CANCELLED = "WorkshopCancelled";
    /** A selection solved off the job, delivered to the attempt that waits for it ({@code Task_AwaitSelectionSolved}). */
    public static final String MSG_SELECTION_SOLVED = "SelectionSolved";

    // Variables
    /** Code of the campaign, on both processes (the campaign's business key, a filter for candidatures). */
    public static final String CAMPAIGN_CODE = "campaignCode";
    /** The candidature a receipt process is about (its business key is {@link #receiptKey}). */
    public static final String REFERENCE = "reference";
    /** Who asked for a calculation on the job executor ({@link BackgroundCalculation}): their login. */
    public static final String ASKED_BY = "askedBy";
    /** Their Keycloak subject, when the calculation records them as an editor ({@code Process_SelectionCalculation}). */
    public static final String ASKED_BY_SUBJECT = "askedBySubject";
    /** Which attempt of a selection calculation waits for its result: 1, then one more at each relaunch by its timer. */
    public static final String CALCULATION_ATTEMPT = "calculationAttempt";
    /** Whether {@code Task_CalculateSelection} handed the calculation to the solver thread (else it was refused at once). */
    public static final String SOLVER_STARTED = "solverStarted";
    /** The waiting list per track asked for with a selection calculation ({@code Process_SelectionCalculation}). */
    public static final String WAITLIST_PER_TRACK = "waitlistPerTrack";
    /** Who publishes the panorama ({@code Task_PublishPanorama} → {@code Task_FreezePanorama}): Keycloak subject and login. */
    public static final String PUBLISHED_BY = "publishedBy";
    public static final String PUBLISHED_BY_NAME = "publishedByName";
    /** ISO-8601 instants read by the timers. */
    public static final String OPENING_AT = "openingAt";
    public static final String CLOSING_AT = "closingAt";
    public static final String CORRECTION_DUE_AT = "correctionDueAt";
    /** When a campaign's personal data are erased: its retention period after the first publication. */
    public static final String RETENTION_ENDS_AT = "retentionEndsAt";
    /** Gateway flag set by the completeness check. */
    public static final String COMPLETE = "complete";
    /** Gateway value set when the administrator completes the admissibility review. */
    public static final String ADMISSIBILITY_OUTCOME = "admissibilityOutcome";
    /** Due date of the evaluations, chosen when the assignment is released (campaign process). */
    public static final String EVALUATION_DUE_AT = "evaluationDueAt";
    /** The assignments a file's evaluation step runs over (transient: read once, when the step starts). */
    public static final String ASSIGNMENT_IDS = "assignmentIds";
    /** Local to one evaluation: its assignment, its evaluator's subject, its due and reminder dates. */
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String EVALUATOR = "evaluator";
    public static final String DUE_AT = "dueAt";
    public static final String REMINDER_AT = "reminderAt";
    /** Set when an evaluator steps down instead of submitting, then whether someone replaced them. */
    public static final String RECUSED = "recused";
    public static final String REPLACED = "replaced";
    /** Gateway flags set by the consolidation. */
    public static final String ADDITIONAL_EVALUATOR = "additionalEvaluator";
    public static final String CONSENSUS = "consensus";
    /** The evaluators who write a consensus note (candidate users of the task, comma-separated subjects). */
    public static final String PAIR = "pair";
    /** The evaluator whose submitted evaluation an administrator reopened. */
    public static final String REOPENED_EVALUATOR = "reopenedEvaluator";
    /** Set by the second administrator on {@code Task_ApproveDecisions}: true approves, false sends back. */
    public static final String DECISIONS_APPROVED = "decisionsApproved";
    /** The deployment feedback a moderation process is about (its business key is {@link #feedbackKey}). */
    public static final String FEEDBACK_ID = "feedbackId";
    /** Set by the administrator on {@code Task_ModerateFeedback}: true publishes the feedback, false rejects it. */
    public static final String FEEDBACK_APPROVED = "feedbackApproved";

    /** The meeting a {@code Process_MeetingRequest} is about, when its answer is due (ISO-8601), and the answer. */
    public static final String MEETING_ID = "meetingId";
    public static final String ANSWER_DUE_AT = "answerDueAt";
    public static final String MEETING_ACCEPTED = "meetingAccepted";
    /** The workshop a {@code Process_WorkshopReminder} is about and when it starts (ISO-8601; the reminder is {@link #REMINDER_AT}). */
    public static final String WORKSHOP_ID = "workshopId";
    public static final String STARTS_AT = "startsAt";
    /** Set by {@code Task_ProposeNextWaitlisted}: a waitlisted file fits the seat a laureate freed. */
    public static final String PROMOTION_PROPOSED = "promotionProposed";
    /** Set by each administrator on {@code Task_ApprovePromotionFirst} and {@code Task_ApprovePromotionSecond}. */
    public static final String PROMOTION_APPROVED = "promotionApproved";

    private ProcessVariables() {
    }

    /** The business key of a file's receipt process: not the reference, which names the file's own process. */
    public static String receiptKey(String reference) {
        return reference + ":accuse";
    }

    /** The business key of a deployment feedback's moderation process. */
    public static String feedbackKey(Long feedbackId) {
        return "retour:" + feedbackId;
    }

    /** The business key of the promotion that follows a laureate's renunciation: not the reference, which names the file's own process. */
    public static String renunciationKey(String reference) {
        return reference + ":desistement";
    }

    /** The business key of a campaign's assignment calculation: one at a time per campaign. */
    public static String assignmentCalculationKey(String campaignCode) {
        return BackgroundCalculation.ASSIGNMENT.businessKey(campaignCode);
    }

    /** The business key of a campaign's selection calculation: one at a time per campaign. */
    public static String selectionCalculationKey(String campaignCode) {
        return BackgroundCalculation.SELECTION.businessKey(campaignCode);
    }
}
