package fr.amiengine.evaluation.assignment;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.evaluation.committee.ConflictRules;
import fr.amiengine.evaluation.committee.Evaluator;
import fr.amiengine.evaluation.committee.EvaluatorRepository;
import fr.amiengine.evaluation.committee.MemberConflicts;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.BackgroundCalculation;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Who evaluates which file: the automatic proposal ({@link AssignmentSolver}), the administrators' changes and the
 * release with a due date. What changes after the proposal (recusals, replacements, the extra evaluator after a
 * disagreement) is {@link ReassignmentService}'s.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class AssignmentService {

    private static final Logger LOG = Logger.getLogger(AssignmentService.class);
    static final String AUTOMATIC = "affectation automatique";

    @Inject
    AssignmentRepository assignments;

    @Inject
    EvaluatorRepository evaluators;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    WorkflowService workflow;

    @Inject
    MemberConflicts conflicts;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    /**
     * Replaces the proposed assignment of a campaign in evaluation by a new exact one. Refused once released, and
     * when the constraints cannot hold (the message names the files that lack evaluators); nothing changes then.
     * Above {@code ami.solver.background-above} (files × declared members), the calculation is started on the job
     * executor instead ({@code Process_AssignmentCalculation}) and the view says since when it runs; its outcome
     * shows on the page when done, a refusal of the solver as the campaign's note, an unexpected failure (the engine
     * gave up on its job) as {@code calculationFailure}, until asked again. One calculation at a time: the campaign's
     * lock makes a second click wait for the first, which it then finds running (409).
     */
    @Transactional
    public AssignmentView propose(Actor admin, String code) {
        Campaign campaign = campaigns.lockByCode(code);
        workflow.refuseWhileCalculating(BackgroundCalculation.ASSIGNMENT, code, admin.username());
        String by = AUTOMATIC + " (relancée par " + admin.username() + ")";
        String refusal = refusal(campaign, code);
        if (refusal == null && size(code) > config.solver().backgroundAbove()) {
            workflow.startCalculation(BackgroundCalculation.ASSIGNMENT, code, admin.username(), Map.of());
            LOG.infof("Affectation de %s\u00a0: calcul lancé en arrière-plan par %s", code, admin.username());
            return view(code);
        }
        String problem = tryPropose(code, by, false);
        if (problem != null) {
            throw AmiException.conflict(problem);
        }
        return view(code);
    }

    /**
     * {@code Task_CalculateAssignments}: the calculation asked by {@code askedBy}, on the job executor. When it cannot
     * be made, the reason waits on the administrators' page, as after the first proposal.
     */
    @Transactional
    public void calculate(String code, String askedBy) {
        String problem = tryPropose(code, AUTOMATIC + " (relancée par " + askedBy + ")", true);
        if (problem != null) {
            campaigns.getByCode(code).assignmentNote = problem;
            LOG.warnf("Affectation automatique de %s impossible\u00a0: %s", code, problem);
        }
    }

    /** The size of the calculation: files to staff × declared members. */
    private long size(String code) {
        long files = candidatures.count("campaign.code = ?1 and state in ?2", code,
                EnumSet.of(CandidatureState.ADMISSIBLE, CandidatureState.UNDER_REVIEW));
        long members = evaluators.ofCampaign(code).stream().filter(Evaluator::hasDeclared).count();
        return files * members;
    }

    /** Why no assignment can be proposed at this stage, or null. */
    private String refusal(Campaign campaign, String code) {
        if (campaign.state != CampaignState.EVALUATION) {
            return "L’affectation se fait une fois l’évaluation lancée\u00a0; la campagne " + code + " est " + campaign.state.label + ".";
        }
        if (assignments.countReleased(code) > 0) {
            return "L’affectation de la campagne " + code + " est déjà publiée\u00a0: changez-la dossier par dossier.";
        }
        return null;
    }

    /**
     * {@code Task_ProposeAssignments}: the first proposal. When it cannot be made (members not declared yet, too
     * many conflicts), the reason waits on the administrators' page and they run it again later.
     */
    @Transactional
    public void proposeAtStart(String code) {
        String problem = tryPropose(code, AUTOMATIC, false);
        if (problem != null) {
            campaigns.getByCode(code).assignmentNote = problem;
            LOG.warnf("Affectation automatique de %s impossible\u00a0: %s", code, problem);
        }
    }

    /**
     * @param lockToWrite whether the campaign is locked only once solved, to write (on the job executor: a request
     *                    meanwhile takes the lock at once, finds the calculation running and gets its 409, instead of
     *                    waiting for the solve and starting a second one); the stage is then checked again
     * @return why no proposal could be made, or null when it was made
     */
    private String tryPropose(String code, String by, boolean lockToWrite) {
        Campaign campaign = lockToWrite ? campaigns.getByCode(code) : campaigns.lockByCode(code);
        String refusal = refusal(campaign, code);
        if (refusal != null) {
            return refusal;
        }
        List<Evaluator> members = evaluators.ofCampaign(code);
        List<Evaluator> declared = members.stream().filter(Evaluator::hasDeclared).toList();
        List<Candidature> files = candidatures.list("campaign.code = ?1 and state in ?2 order by reference", code,
                EnumSet.of(CandidatureState.ADMISSIBLE, CandidatureState.UNDER_REVIEW));
        List<ConflictRules.Member> profiles = conflicts.profiles(declared);
        List<AssignmentSolver.FileNeed> needs = files.stream().map(f -> new AssignmentSolver.FileNeed(f.reference,
                f.family == null ? "" : f.family.code, f.family == null ? "" : f.family.label, campaign.evaluatorsPerFile,
                ConflictRules.ruledOut(MemberConflicts.fileOf(f), profiles), Set.of())).toList();
        List<AssignmentSolver.Reviewer> reviewers = declared.stream().map(e -> new AssignmentSolver.Reviewer(String.valueOf(e.id),
                e.displayName, e.familyCodes(), e.maxFiles, 0)).toList();
        long started = System.nanoTime();
        AssignmentSolver.Solution solution;
        try {
            solution = AssignmentSolver.solve(needs, reviewers);
        } catch (AssignmentSolver.InfeasibleException e) {
            return e.getMessage() + (members.size() > declared.size()
                    ? " (" + undeclared(members.size() - declared.size()) + ")" : "");
        } catch (AmiException e) {
            return e.getMessage(); // the solvers' native library could not be loaded on this node
        }
        if (lockToWrite) {
            campaigns.lockByCode(code);
            String late = refusal(campaign, code);
            if (late != null) {
                return late;
            }
        }
        assignments.deleteProposed(code);
        Map<String, Candidature> byReference = files.stream().collect(Collectors.toMap(c -> c.reference, Function.identity()));
        Map<String, Evaluator> byId = declared.stream().collect(Collectors.toMap(e -> String.valueOf(e.id), Function.identity()));
        Instant now = clock.now();
        for (AssignmentSolver.Pick pick : solution.picks()) {
            assignments.add(campaign, byReference.get(pick.reference()), byId.get(pick.evaluatorId()), pick, 1, by, now,
                    AssignmentState.PROPOSED, null);
        }
        campaign.assignmentNote = null;
        LOG.infof("Affectation proposée pour %s\u00a0: %d dossiers, %d évaluateurs, %d affectations en %d ms", code, files.size(),
                declared.size(), solution.picks().size(), (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    /** An administrator puts another member on a proposed assignment. */
    @Transactional
    public AssignmentView change(Actor admin, Long assignmentId, Long evaluatorId) {
        Assignment assignment = assignment(assignmentId);
        if (assignment.state != AssignmentState.PROPOSED) {
            throw AmiException.conflict("Cette affectation est déjà publiée\u00a0; l’évaluateur peut se déporter, ou le dossier être rouvert.");
        }
        Evaluator chosen = evaluators.findByIdOptional(evaluatorId)
                .filter(e -> e.campaign.id.equals(assignment.campaign.id))
                .orElseThrow(() -> AmiException.invalid("evaluatorId", "Ce membre n’appartient pas au comité de la campagne."));
        if (!chosen.hasDeclared()) {
            throw AmiException.invalid("evaluatorId", chosen.displayName + " n’a pas encore déclaré ses liens d’intérêts.");
        }
        Optional<ConflictRules.Conflict> conflict = ConflictRules.conflict(conflicts.profile(chosen),
                MemberConflicts.fileOf(assignment.candidature));
        if (conflict.isPresent()) {
            throw AmiException.invalid("evaluatorId", chosen.displayName + " " + conflict.get().reason() + ".");
        }
        boolean alreadyOnFile = assignments.activeOfFile(assignment.candidature.reference).stream()
                .anyMatch(a -> a.evaluator.id.equals(chosen.id) && !a.id.equals(assignment.id));
        if (alreadyOnFile) {
            throw AmiException.invalid("evaluatorId", chosen.displayName + " évalue déjà ce dossier.");
        }
        assignment.evaluator = chosen;
        assignment.expert = assignment.candidature.family != null && chosen.familyCodes().contains(assignment.candidature.family.code);
        assignment.reason = "choisi par " + admin.username() + (assignment.expert ? " (expert de la famille)" : "");
        assignment.assignedBy = admin.username();
        assignment.assignedAt = clock.now();
        return view(assignment.campaign.code);
    }

    /** Completes {@code Task_ReviewAssignments}: the proposal is released to the evaluators with a due date. */
    @Transactional
    public void requestRelease(Actor admin, String code, Instant dueAt) {
        Campaign campaign = campaigns.lockByCode(code);
        if (dueAt == null || !dueAt.isAfter(clock.now().plus(Duration.ofDays(1)))) {
            throw AmiException.invalid("dueAt", "L’échéance des évaluations doit laisser au moins un jour aux évaluateurs.");
        }
        List<Assignment> proposed = assignments.activeOfCampaign(code).stream()
                .filter(a -> a.state == AssignmentState.PROPOSED).toList();
        if (proposed.isEmpty()) {
            throw AmiException.conflict("Aucune affectation n’est proposée pour la campagne " + code
                    + (campaign.assignmentNote == null ? "." : "\u00a0: " + campaign.assignmentNote));
        }
        Set<String> staffed = proposed.stream().map(a -> a.candidature.reference).collect(Collectors.toSet());
        List<String> unstaffed = candidatures.list("campaign.code = ?1 and state = ?2 order by reference", code,
                CandidatureState.UNDER_REVIEW).stream().map(c -> c.reference).filter(r -> !staffed.contains(r)).toList();
        if (!unstaffed.isEmpty()) {
            throw AmiException.conflict("Aucun évaluateur n’est proposé pour " + String.join(", ", unstaffed)
                    + "\u00a0: invitez un membre sans conflit avec ce dossier, puis recalculez l’affectation.");
        }
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_REVIEW_ASSIGNMENTS),
                Map.of(ProcessVariables.EVALUATION_DUE_AT, dueAt.truncatedTo(ChronoUnit.SECONDS).toString()))) {
            throw AmiException.conflict("L’affectation de la campagne " + code + " n’attend pas de publication.");
        }
        LOG.infof("Affectation de %s publiée par %s, échéance %s", code, admin.username(), dueAt);
    }

    /** {@code Task_ReleaseAssignments}: each file's process receives its evaluators. */
    @Transactional
    public void release(String code, Instant dueAt) {
        Campaign campaign = campaigns.getByCode(code);
        campaign.evaluationDueAt = dueAt;
        Instant now = clock.now();
        Map<String, List<Long>> byFile = new LinkedHashMap<>();
        for (Assignment assignment : assignments.activeOfCampaign(code)) {
            // a file withdrawn since the proposal has no process left to receive its evaluators
            if (assignment.state == AssignmentState.PROPOSED && assignment.candidature.state == CandidatureState.UNDER_REVIEW) {
                assignment.state = AssignmentState.RELEASED;
                assignment.releasedAt = now;
                assignment.dueAt = dueAt;
                byFile.computeIfAbsent(assignment.candidature.reference, k -> new ArrayList<>()).add(assignment.id);
            }
        }
        byFile.forEach(workflow::releaseEvaluations);
        LOG.infof("Campagne %s\u00a0: %d dossiers confiés à leurs évaluateurs", code, byFile.size());
    }

    /** The details a file's evaluation step needs: who, until when, when to remind. */
    public record Schedule(String evaluatorSubject, Instant dueAt, Instant reminderAt) {
    }

    public Schedule schedule(Long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        Instant reminder = assignment.dueAt.minus(Duration.ofDays(assignment.campaign.reminderDaysBefore));
        return new Schedule(assignment.evaluator.subject, assignment.dueAt, reminder);
    }

    /** {@code Timer_EvaluationDue}: the due date passed without a submission. */
    @Transactional
    public void flagLate(Long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        assignment.late = true;
        LOG.infof("Évaluation en retard\u00a0: %s par %s (échéance %s)", assignment.candidature.reference,
                assignment.evaluator.displayName, FrenchFormat.dateTime(assignment.dueAt));
    }

    public Assignment assignment(Long id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> AmiException.notFound("Aucune affectation n° " + id + "."));
    }

    public AssignmentView view(String code) {
        Campaign campaign = campaigns.getByCode(code);
        Optional<BackgroundCalculation.Run> calculation = workflow.calculation(BackgroundCalculation.ASSIGNMENT, code);
        List<Assignment> all = assignments.ofCampaign(code);
        Map<String, List<Assignment>> byFile = all.stream().collect(Collectors.groupingBy(a -> a.candidature.reference,
                LinkedHashMap::new, Collectors.toList()));
        List<AssignmentView.FileLine> lines = byFile.values().stream().map(list -> {
            Candidature c = list.get(0).candidature;
            return new AssignmentView.FileLine(c.reference, c.organisation.legalName, c.solutionName,
                    c.family == null ? "" : c.family.label,
                    list.stream().map(a -> new AssignmentView.Line(a.id, a.evaluator.id, a.evaluator.displayName, a.expert,
                            a.state == AssignmentState.RECUSED ? "déport\u00a0: " + a.recusalReason : a.reason, a.state, a.round, a.late))
                            .toList());
        }).toList();
        List<Evaluator> members = evaluators.ofCampaign(code);
        Map<Long, Long> loads = all.stream().filter(Assignment::isActive)
                .collect(Collectors.groupingBy(a -> a.evaluator.id, Collectors.counting()));
        return new AssignmentView(code, all.stream().anyMatch(a -> a.state == AssignmentState.RELEASED), campaign.evaluationDueAt,
                campaign.assignmentNote, lines,
                members.stream().map(e -> new AssignmentView.Load(e.id, e.displayName, loads.getOrDefault(e.id, 0L))).toList(),
                members.stream().filter(e -> !e.hasDeclared()).map(e -> e.displayName).toList(),
                calculation.filter(run -> !run.failed()).map(BackgroundCalculation.Run::startedAt).orElse(null),
                calculation.filter(BackgroundCalculation.Run::failed).map(BackgroundCalculation.Run::failure).orElse(null));
    }

    private static String undeclared(int count) {
        return count == 1 ? "1 membre n’a pas encore déclaré ses liens d’intérêts"
                : count + " membres n’ont pas encore déclaré leurs liens d’intérêts";
    }
}
