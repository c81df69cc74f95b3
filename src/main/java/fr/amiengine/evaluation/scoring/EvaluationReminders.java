package fr.amiengine.evaluation.scoring;

import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.evaluation.assignment.AssignmentService;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.MailRelay;
import fr.amiengine.shared.ServerClock;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** The e-mail reminding a member of an evaluation due soon. */
@ApplicationScoped
public class EvaluationReminders {

    private static final Logger LOG = Logger.getLogger(EvaluationReminders.class);

    @Inject
    AssignmentService assignmentService;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    MailRelay relay;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    /** {@code Task_SendEvaluationReminder}: nothing is sent for an evaluation already submitted or stepped down. */
    @Transactional
    public void remind(Long assignmentId) {
        Assignment assignment = assignmentService.assignment(assignmentId);
        boolean submitted = evaluations.ofAssignment(assignmentId).filter(v -> v.state == EvaluationState.SUBMITTED).isPresent();
        if (submitted || !assignment.isActive() || assignment.reminderSentAt != null) {
            return;
        }
        String reference = assignment.candidature.reference;
        relay.deliver(Mail.withText(assignment.evaluator.email,
                "Rappel\u00a0: évaluation du dossier " + reference + " attendue avant le " + FrenchFormat.dateTime(assignment.dueAt),
                "Bonjour " + assignment.evaluator.displayName + ",\n\n"
                        + "Votre évaluation du dossier " + reference + " («\u00a0" + assignment.candidature.solutionName + "\u00a0»), "
                        + "campagne " + assignment.campaign.code + ", est attendue avant le "
                        + FrenchFormat.dateTime(assignment.dueAt) + ".\n\n"
                        // the address on a line of its own: a mail client never wraps it
                        + "Pour la compléter\u00a0:\n" + config.publicUrl() + "/evaluation/affectations/" + assignment.id + "\n\n"
                        + "Ce message est envoyé automatiquement par AMI Engine."), "Rappel de " + reference + " à " + assignment.evaluator.email);
        assignment.reminderSentAt = clock.now();
        LOG.infof("Rappel envoyé à %s pour %s", assignment.evaluator.email, reference);
    }
}
