package fr.amiengine.publication.feedback;

import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The moderation of deployment feedback ({@code Process_FeedbackModeration}): a feedback is held until an
 * administrator approves it; a rejected one is never public, its reason kept. The administrator's decision is
 * recorded here, then the process's step applies it ({@link PublishFeedbackDelegate}, {@link RecordRejectionDelegate})
 * in the same transaction.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class FeedbackModerationService {

    private static final Logger LOG = Logger.getLogger(FeedbackModerationService.class);
    private static final int QUEUE_LIMIT = 500;

    @Inject
    DeploymentFeedbackRepository feedbacks;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /** Holds a feedback just written for moderation: its process waits for an administrator. */
    public void hold(DeploymentFeedback feedback) {
        feedback.state = FeedbackState.PENDING;
        workflow.startFeedbackModeration(feedback.id);
    }

    /** The feedback in one state, the oldest first: {@link FeedbackState#PENDING} is the moderation queue. */
    @Transactional
    public List<FeedbackView> inState(FeedbackState state) {
        return feedbacks.inState(state, QUEUE_LIMIT).stream().map(FeedbackView::of).toList();
    }

    /** An administrator approves a pending feedback: it becomes public under its administration's name. */
    @Transactional
    public FeedbackView approve(Actor admin, Long id) {
        DeploymentFeedback feedback = pending(id);
        feedback.moderatedAt = clock.now();
        feedback.moderatedBy = admin.username();
        decide(feedback, true);
        LOG.infof("Retour d’expérience n° %d approuvé par %s", id, admin.username());
        return FeedbackView.of(feedback);
    }

    /** An administrator rejects a pending feedback, with a reason: it is never public, the reason is kept. */
    @Transactional
    public FeedbackView reject(Actor admin, Long id, String reason) {
        String why = reason(reason, "Dites pourquoi ce retour est refusé (la raison est montrée à son administration, jamais publiée)");
        DeploymentFeedback feedback = pending(id);
        feedback.moderatedAt = clock.now();
        feedback.moderatedBy = admin.username();
        feedback.rejectionReason = why;
        decide(feedback, false);
        LOG.infof("Retour d’expérience n° %d refusé par %s\u00a0: %s", id, admin.username(), why);
        return FeedbackView.of(feedback);
    }

    /**
     * An administrator withdraws an approved feedback from the public pages (personal data seen afterwards, off
     * topic…): it is rejected, with the reason; its moderation process has ended already.
     */
    @Transactional
    public void withdraw(Actor admin, DeploymentFeedback feedback, String reason) {
        String why = reason(reason, "Dites pourquoi ce retour est retiré du panorama (gardé, non publié)");
        if (feedback.state == FeedbackState.PENDING) {
            throw AmiException.conflict("Ce retour d’expérience n’est pas public\u00a0: il attend sa modération. "
                    + "Refusez-le depuis la file de modération (/admin/retours).");
        }
        if (feedback.state == FeedbackState.REJECTED) {
            throw AmiException.conflict("Ce retour d’expérience est déjà retiré du panorama depuis le "
                    + FrenchFormat.dateTime(feedback.moderatedAt) + ".");
        }
        feedback.state = FeedbackState.REJECTED;
        feedback.moderatedAt = clock.now();
        feedback.moderatedBy = admin.username();
        feedback.rejectionReason = why;
        LOG.infof("Retour d’expérience n° %d retiré du panorama par %s\u00a0: %s", feedback.id, admin.username(), why);
    }

    /** {@code Task_PublishFeedback}: the approved feedback becomes public. */
    @Transactional
    public void publish(Long id) {
        feedbacks.findByIdOptional(id).ifPresent(f -> f.state = FeedbackState.APPROVED);
    }

    /** {@code Task_RecordRejection}: the rejected feedback is kept, never public. */
    @Transactional
    public void recordRejection(Long id) {
        feedbacks.findByIdOptional(id).ifPresent(f -> f.state = FeedbackState.REJECTED);
    }

    private DeploymentFeedback pending(Long id) {
        DeploymentFeedback feedback = feedbacks.findByIdOptional(id)
                .orElseThrow(() -> AmiException.notFound("Aucun retour d’expérience n° " + id + "."));
        if (feedback.state != FeedbackState.PENDING) {
            throw AmiException.conflict("Ce retour d’expérience est déjà modéré («\u00a0" + feedback.state.label + "\u00a0», par "
                    + feedback.moderatedBy + " le " + FrenchFormat.dateTime(feedback.moderatedAt) + ").");
        }
        return feedback;
    }

    private void decide(DeploymentFeedback feedback, boolean approved) {
        boolean done = workflow.completeTask(OpenTask.of(ProcessVariables.feedbackKey(feedback.id),
                ProcessVariables.TASK_MODERATE_FEEDBACK), Map.of(ProcessVariables.FEEDBACK_APPROVED, approved));
        if (!done) {
            throw AmiException.conflict("La modération de ce retour d’expérience n’attend plus de décision.");
        }
    }

    private static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw AmiException.invalid("reason", missing);
        }
        if (reason.length() > 1000) {
            throw AmiException.invalid("reason", "La raison ne doit pas dépasser 1 000 caractères");
        }
        return reason.strip();
    }
}
