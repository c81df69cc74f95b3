package fr.amiengine.admissibility;

import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.ActorKind;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.submission.CandidatureView;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Admissibility (recevabilité): the automatic completeness check, the administrator's review, and the
 * correction loop with its deadline. The state changes are called by the delegates of {@code candidature.bpmn}.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class AdmissibilityService {

    private static final Logger LOG = Logger.getLogger(AdmissibilityService.class);

    @Inject
    CandidatureRepository candidatures;

    @Inject
    CandidatureService candidatureService;

    @Inject
    AdmissibilityReviewRepository reviews;

    @Inject
    AdmissibilityLedger ledger;

    @Inject
    CompletenessCheck completeness;

    @Inject
    WorkflowService workflow;

    @Inject
    AdmissibilityConfig config;

    @Inject
    ServerClock clock;

    /**
     * Records the administrator's decision and completes {@code Task_ReviewAdmissibility}; the process then
     * applies it. Decision, its line in the {@link AdmissibilityLedger} and process step commit together.
     */
    @Transactional
    public CandidatureView decide(Actor actor, String reference, AdmissibilityRequest request) {
        Candidature candidature = candidatures.lockByReference(reference);
        if (!workflow.hasOpenTask(reference, ProcessVariables.TASK_REVIEW_ADMISSIBILITY)) {
            throw AmiException.conflict("La candidature " + reference + " n’attend pas d’examen de recevabilité (état\u00a0: "
                    + candidature.state.label + ").");
        }
        Instant now = clock.now();
        validate(request, now);
        AdmissibilityReview review = new AdmissibilityReview();
        review.candidature = candidature;
        review.outcome = request.outcome();
        review.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        review.correctionDueAt = request.outcome() == AdmissibilityOutcome.CORRECTION_REQUESTED
                ? request.correctionDueAt().truncatedTo(ChronoUnit.SECONDS) : null;
        review.decidedBy = actor.username();
        review.decidedAt = now;
        reviews.persist(review);
        ledger.record(review);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ADMISSIBILITY_OUTCOME, request.outcome().name());
        if (review.correctionDueAt != null) {
            variables.put(ProcessVariables.CORRECTION_DUE_AT, review.correctionDueAt.toString());
        }
        workflow.completeTask(OpenTask.of(reference, ProcessVariables.TASK_REVIEW_ADMISSIBILITY), variables);
        LOG.infof("Recevabilité de %s\u00a0: %s (par %s)", reference, request.outcome(), actor.username());
        return candidatureService.get(actor, reference);
    }

    /** Whether the file waits for an administrator's admissibility decision. */
    public boolean awaitsReview(String reference) {
        return workflow.hasOpenTask(reference, ProcessVariables.TASK_REVIEW_ADMISSIBILITY);
    }

    /**
     * Checks a decision as {@link #decide} does, without recording anything: the page asks for confirmation only of a
     * decision that would be accepted.
     */
    public void check(AdmissibilityRequest request) {
        validate(request, clock.now());
    }

    private void validate(AdmissibilityRequest request, Instant now) {
        boolean needsReason = request.outcome() != AdmissibilityOutcome.ADMISSIBLE;
        if (needsReason && (request.reason() == null || request.reason().isBlank())) {
            throw AmiException.invalid("reason", request.outcome() == AdmissibilityOutcome.INADMISSIBLE
                    ? "Une décision d’irrecevabilité doit être motivée\u00a0: indiquez le motif."
                    : "Indiquez ce que le candidat doit corriger.");
        }
        if (request.outcome() == AdmissibilityOutcome.CORRECTION_REQUESTED) {
            if (request.correctionDueAt() == null) {
                throw AmiException.invalid("correctionDueAt", "Indiquez la date limite de la correction.");
            }
            if (!request.correctionDueAt().isAfter(now)) {
                throw AmiException.invalid("correctionDueAt", "La date limite de la correction doit être dans le futur.");
            }
            if (request.correctionDueAt().isAfter(now.plus(config.maxCorrectionDelay()))) {
                throw AmiException.invalid("correctionDueAt", "La date limite de la correction ne peut dépasser "
                        + config.maxCorrectionDelay().toDays() + " jours.");
            }
        }
    }

    /** {@code Task_CheckCompleteness}: whether the submitted file carries every piece. */
    @Transactional
    public boolean checkCompleteness(String reference) {
        return completeness.isComplete(reference);
    }

    /**
     * {@code Task_RequestCompletion}: an incomplete file goes back to its candidate with the list of what lacks.
     * A file that was already sent back keeps its deadline: resubmitting an incomplete file never buys time.
     */
    @Transactional
    public Instant requestCompletion(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        List<String> missing = completeness.missingPieces(candidature);
        Instant now = clock.now();
        if (candidature.correctionDueAt == null) {
            // Whole seconds: the engine's timer keeps milliseconds, the rule and the timer must agree.
            candidature.correctionDueAt = now.plus(config.completionDelay()).truncatedTo(ChronoUnit.SECONDS);
        }
        candidature.stateReason = "Dossier incomplet\u00a0; il manque\u00a0: " + String.join(", ", missing) + ".";
        candidature.moveTo(CandidatureState.CORRECTION_REQUESTED, ActorKind.SYSTEM, ActorKind.SYSTEM.publicName, now,
                candidature.stateReason
                + " À compléter avant le " + FrenchFormat.dateTime(candidature.correctionDueAt) + ".");
        return candidature.correctionDueAt;
    }

    /** {@code Task_MarkAdmissible}. */
    @Transactional
    public void markAdmissible(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        AdmissibilityReview review = reviews.latestOf(reference);
        candidature.stateReason = null;
        candidature.moveTo(CandidatureState.ADMISSIBLE, ActorKind.ADMINISTRATION, review.decidedBy, review.decidedAt, review.reason == null
                ? "Candidature recevable" : "Candidature recevable\u00a0: " + review.reason);
    }

    /** {@code Task_MarkInadmissible}: the written reason is shown to the candidate. */
    @Transactional
    public void markInadmissible(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        AdmissibilityReview review = reviews.latestOf(reference);
        candidature.stateReason = review.reason;
        candidature.moveTo(CandidatureState.INADMISSIBLE, ActorKind.ADMINISTRATION, review.decidedBy, review.decidedAt,
                "Candidature irrecevable\u00a0: " + review.reason);
    }

    /** {@code Task_RequestCorrection}: the administrator's request and deadline reach the candidate. */
    @Transactional
    public void requestCorrection(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        AdmissibilityReview review = reviews.latestOf(reference);
        candidature.stateReason = review.reason;
        candidature.correctionDueAt = review.correctionDueAt;
        candidature.moveTo(CandidatureState.CORRECTION_REQUESTED, ActorKind.ADMINISTRATION, review.decidedBy,
                review.decidedAt,
                "Correction demandée avant le " + FrenchFormat.dateTime(review.correctionDueAt) + "\u00a0: " + review.reason);
    }

    /** {@code Task_RejectLateCorrection}: the correction deadline passed without a new submission. */
    @Transactional
    public void rejectLateCorrection(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        String reason = "Correction non reçue avant l’échéance du " + FrenchFormat.dateTime(candidature.correctionDueAt)
                + " (demande\u00a0: " + candidature.stateReason + ")";
        candidature.stateReason = reason;
        candidature.moveTo(CandidatureState.INADMISSIBLE, ActorKind.SYSTEM, ActorKind.SYSTEM.publicName, clock.now(),
                "Candidature irrecevable\u00a0: " + reason);
    }
}
