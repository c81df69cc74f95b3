package fr.amiengine.evaluation.assignment;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.evaluation.committee.ConflictKind;
import fr.amiengine.evaluation.committee.ConflictLink;
import fr.amiengine.evaluation.committee.ConflictRules;
import fr.amiengine.evaluation.committee.ConflictWithdrawal;
import fr.amiengine.evaluation.committee.Evaluator;
import fr.amiengine.evaluation.committee.EvaluatorRepository;
import fr.amiengine.evaluation.committee.MemberConflicts;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What changes on a file's evaluators after the proposal: a member steps down, or declares a link that withdraws them;
 * another member replaces them; one more member joins after a disagreement. Each newcomer is the best single member
 * for the file by the same {@link AssignmentSolver}, free of conflict and not on the file already.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class ReassignmentService implements ConflictWithdrawal {

    private static final Logger LOG = Logger.getLogger(ReassignmentService.class);
    /** Time given to an evaluator who joins a file late (replacement or extra evaluator). */
    static final Duration LATE_JOINER_DELAY = Duration.ofDays(5);

    @Inject
    AssignmentService assignmentService;

    @Inject
    AssignmentRepository assignments;

    @Inject
    EvaluatorRepository evaluators;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    ScoredAssignments scored;

    @Inject
    WorkflowService workflow;

    @Inject
    MemberConflicts conflicts;

    @Inject
    ServerClock clock;

    /**
     * A member steps down from a file: the organisation joins their declared links, and another member takes the
     * file (now if the assignment is only proposed, through the file's process once released).
     */
    @Transactional
    public void recuse(Actor actor, Long assignmentId, String reason) {
        Assignment assignment = assignmentService.assignment(assignmentId);
        if (!assignment.evaluator.subject.equals(actor.subject())) {
            throw AmiException.forbidden("Ce dossier ne vous est pas attribué.");
        }
        if (!assignment.isActive()) {
            throw AmiException.conflict("Vous vous êtes déjà déporté de ce dossier.");
        }
        if (scored.isSubmitted(assignmentId)
                || assignment.candidature.state != CandidatureState.UNDER_REVIEW) {
            throw AmiException.conflict("Votre évaluation de ce dossier a déjà été prise en compte\u00a0: signalez le conflit "
                    + "d’intérêts à l’administration, qui le soumettra au comité.");
        }
        if (leavesFileUnstaffed(assignment)) {
            throw AmiException.conflict("Vous êtes le dernier évaluateur du dossier " + assignment.candidature.reference
                    + " et aucun autre membre ne peut le reprendre\u00a0: demandez à l’administration d’inviter un membre, "
                    + "puis déportez-vous.");
        }
        recordLink(assignment.evaluator, assignment.candidature.organisation.siren, reason);
        end(assignment, reason);
    }

    /** Whether ending this assignment would leave its released file with nobody to evaluate it. */
    private boolean leavesFileUnstaffed(Assignment assignment) {
        if (assignment.state != AssignmentState.RELEASED) {
            return false;
        }
        boolean others = assignments.activeOfFile(assignment.candidature.reference).stream()
                .anyMatch(a -> !a.id.equals(assignment.id));
        return !others && solveOne(assignment.candidature).isEmpty();
    }

    /**
     * Withdraws a member from the files they may no longer evaluate: the organisations they declared a link with after
     * being given them, and any conflict detected since (see {@link ConflictRules}).
     */
    @Override
    @Transactional
    public void withdrawConflicted(Evaluator evaluator) {
        ConflictRules.Member profile = conflicts.profile(evaluator);
        for (Assignment assignment : assignments.activeOfCampaign(evaluator.campaign.code)) {
            if (!assignment.evaluator.id.equals(evaluator.id) || assignment.candidature.state == CandidatureState.WITHDRAWN
                    || ConflictRules.conflict(profile, MemberConflicts.fileOf(assignment.candidature)).isEmpty()) {
                continue;
            }
            boolean counted = scored.isSubmitted(assignment.id)
                    || assignment.candidature.state == CandidatureState.REVIEWED;
            if (counted) {
                addNote(assignment.campaign, evaluator.displayName + " a déclaré un lien avec l’organisation du dossier "
                        + assignment.candidature.reference + " après l’avoir évalué\u00a0: à examiner par le comité.");
            } else if (leavesFileUnstaffed(assignment)) {
                throw AmiException.conflict("Vous êtes le dernier évaluateur du dossier " + assignment.candidature.reference
                        + ", lié à l’organisation déclarée, et aucun autre membre ne peut le reprendre\u00a0: demandez à "
                        + "l’administration d’inviter un membre, puis déclarez ce lien. Rien n’a été enregistré.");
            } else {
                end(assignment, "conflit d’intérêts déclaré");
            }
        }
    }

    private void end(Assignment assignment, String reason) {
        AssignmentState previous = assignment.state;
        assignment.state = AssignmentState.RECUSED;
        assignment.recusedAt = clock.now();
        assignment.recusalReason = reason;
        if (previous == AssignmentState.PROPOSED) {
            Optional<Assignment> replacement = addOne(assignment.candidature, 1, AssignmentState.PROPOSED, null,
                    "remplace " + assignment.evaluator.displayName + " (déport)");
            if (replacement.isEmpty()) {
                noteShortage(assignment);
            }
        } else if (!workflow.completeTask(OpenTask.of(assignment.candidature.reference,
                ProcessVariables.TASK_SCORE_CANDIDATURE).assignedTo(assignment.evaluator.subject), Map.of(ProcessVariables.RECUSED, true))) {
            throw AmiException.conflict("Le dossier " + assignment.candidature.reference + " n’attend plus d’évaluation de votre part.");
        }
    }

    /**
     * {@code Task_ReplaceEvaluator}: a released file whose member stepped down gets another one, if any member is
     * free of conflict and not already on it; otherwise the administrators are told on the assignment page.
     */
    @Transactional
    public Optional<Long> replace(Long recusedAssignmentId) {
        Assignment recused = assignmentService.assignment(recusedAssignmentId);
        Optional<Assignment> replacement = addOne(recused.candidature, 3, AssignmentState.RELEASED,
                dueForLateJoiner(recused.campaign), "remplace " + recused.evaluator.displayName + " (déport)");
        if (replacement.isEmpty()) {
            noteShortage(recused);
        }
        return replacement.map(a -> a.id);
    }

    /** Whether one more member could take the file (no conflict, not already on it, under their cap). */
    public boolean canAddOne(String reference) {
        Candidature file = candidatures.getByReference(reference);
        return solveOne(file).isPresent();
    }

    /** {@code Task_AssignAdditionalEvaluator}: one more member after a disagreement ({@link #canAddOne} said yes). */
    @Transactional
    public Long addAdditional(String reference) {
        Candidature file = candidatures.getByReference(reference);
        return addOne(file, 2, AssignmentState.RELEASED, dueForLateJoiner(file.campaign),
                "évaluateur supplémentaire après un désaccord")
                .orElseThrow(() -> new IllegalStateException("aucun évaluateur supplémentaire pour " + reference)).id;
    }

    private void noteShortage(Assignment recused) {
        String note = "Le dossier " + recused.candidature.reference + " a perdu un évaluateur (" + recused.evaluator.displayName
                + ", déport) et aucun membre sans conflit n’est disponible pour le remplacer\u00a0: invitez un membre.";
        addNote(recused.campaign, note);
    }

    /** Adds a line for the administrators to the campaign's assignment page. */
    private static void addNote(Campaign campaign, String note) {
        campaign.assignmentNote = campaign.assignmentNote == null ? note : campaign.assignmentNote + " " + note;
        LOG.warn(note);
    }

    /** Whether the file already had an extra evaluator for a disagreement. */
    public boolean hadAdditional(String reference) {
        return assignments.ofFile(reference).stream().anyMatch(a -> a.round == 2);
    }

    private Optional<Assignment> addOne(Candidature file, int round, AssignmentState state, Instant dueAt, String why) {
        return solveOne(file).map(choice -> assignments.add(file.campaign, file, choice.evaluator(), choice.pick(), round,
                AssignmentService.AUTOMATIC + " — " + why, clock.now(), state, dueAt));
    }

    private record Choice(Evaluator evaluator, AssignmentSolver.Pick pick) {
    }

    /** The best single member for a file, among those declared, free of conflict and not on it already. */
    private Optional<Choice> solveOne(Candidature file) {
        Campaign campaign = file.campaign;
        List<Evaluator> declared = evaluators.ofCampaign(campaign.code).stream().filter(Evaluator::hasDeclared).toList();
        Set<String> onFile = assignments.ofFile(file.reference).stream().map(a -> String.valueOf(a.evaluator.id))
                .collect(Collectors.toSet());
        Map<Long, Long> loads = assignments.activeOfCampaign(campaign.code).stream()
                .collect(Collectors.groupingBy(a -> a.evaluator.id, Collectors.counting()));
        try {
            AssignmentSolver.Pick pick = AssignmentSolver.solve(
                    List.of(new AssignmentSolver.FileNeed(file.reference, file.family == null ? "" : file.family.code,
                            file.family == null ? "" : file.family.label, 1,
                            ConflictRules.ruledOut(MemberConflicts.fileOf(file), conflicts.profiles(declared)), onFile)),
                    declared.stream().map(e -> new AssignmentSolver.Reviewer(String.valueOf(e.id), e.displayName, e.familyCodes(),
                            e.maxFiles, loads.getOrDefault(e.id, 0L).intValue())).toList()).picks().get(0);
            Evaluator chosen = declared.stream().filter(e -> String.valueOf(e.id).equals(pick.evaluatorId())).findFirst().orElseThrow();
            return Optional.of(new Choice(chosen, pick));
        } catch (AssignmentSolver.InfeasibleException e) {
            return Optional.empty();
        }
    }

    private Instant dueForLateJoiner(Campaign campaign) {
        Instant earliest = clock.now().plus(LATE_JOINER_DELAY).truncatedTo(ChronoUnit.SECONDS);
        return campaign.evaluationDueAt == null || campaign.evaluationDueAt.isBefore(earliest) ? earliest : campaign.evaluationDueAt;
    }

    private void recordLink(Evaluator evaluator, String siren, String reason) {
        if (evaluator.links.stream().noneMatch(l -> l.siren.equals(siren))) {
            ConflictLink link = new ConflictLink();
            link.evaluator = evaluator;
            link.siren = siren;
            link.kind = ConflictKind.LINK;
            link.note = "déport\u00a0: " + reason;
            link.declaredAt = clock.now();
            evaluator.links.add(link);
        }
    }

}
