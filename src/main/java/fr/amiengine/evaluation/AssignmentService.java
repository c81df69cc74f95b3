package fr.amiengine.evaluation;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
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
 * Who evaluates which file: the automatic proposal ({@link AssignmentSolver}), the administrators' changes, the
 * release with a due date, recusals and the extra evaluator after a disagreement.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class AssignmentService {

    private static final Logger LOG = Logger.getLogger(AssignmentService.class);
    static final String AUTOMATIC = "affectation automatique";
    /** Time given to an evaluator who joins a file late (replacement or extra evaluator). */
    static final Duration LATE_JOINER_DELAY = Duration.ofDays(5);

    @Inject
    AssignmentRepository assignments;

    @Inject
    EvaluatorRepository evaluators;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    WorkflowService workflow;

    @Inject
    OrganisationMemberRepository organisationMembers;

    @Inject
    ServerClock clock;

    /**
     * Replaces the proposed assignment of a campaign in evaluation by a new exact one. Refused once released, and
     * when the constraints cannot hold (the message names the files that lack evaluators); nothing changes then.
     */
    @Transactional
    public AssignmentView propose(Actor admin, String code) {
        String problem = tryPropose(code, AUTOMATIC + " (relancée par " + admin.username() + ")");
        if (problem != null) {
            throw AmiException.conflict(problem);
        }
        return view(code);
    }

    /**
     * {@code Task_ProposeAssignments}: the first proposal. When it cannot be made (members not declared yet, too
     * many conflicts), the reason waits on the administrators' page and they run it again later.
     */
    @Transactional
    public void proposeAtStart(String code) {
        String problem = tryPropose(code, AUTOMATIC);
        if (problem != null) {
            campaigns.getByCode(code).assignmentNote = problem;
            LOG.warnf("Affectation automatique de %s impossible : %s", code, problem);
        }
    }

    /** @return why no proposal could be made, or null when it was made */
    private String tryPropose(String code, String by) {
        Campaign campaign = campaigns.lockByCode(code);
        if (campaign.state != CampaignState.EVALUATION) {
            return "L'affectation se fait une fois l'évaluation lancée ; la campagne " + code + " est " + campaign.state.label + ".";
        }
        if (assignments.countReleased(code) > 0) {
            return "L'affectation de la campagne " + code + " est déjà publiée : changez-la dossier par dossier.";
        }
        List<Evaluator> members = evaluators.ofCampaign(code);
        List<Evaluator> declared = members.stream().filter(Evaluator::hasDeclared).toList();
        List<Candidature> files = candidatures.list("campaign.code = ?1 and state in ?2 order by reference", code,
                EnumSet.of(CandidatureState.ADMISSIBLE, CandidatureState.UNDER_REVIEW));
        List<ConflictRules.Member> profiles = profiles(declared);
        List<AssignmentSolver.FileNeed> needs = files.stream().map(f -> new AssignmentSolver.FileNeed(f.reference,
                f.family == null ? "" : f.family.code, campaign.evaluatorsPerFile, ConflictRules.ruledOut(fileOf(f), profiles),
                Set.of())).toList();
        List<AssignmentSolver.Reviewer> reviewers = declared.stream().map(e -> new AssignmentSolver.Reviewer(String.valueOf(e.id),
                e.displayName, e.familyCodes(), e.maxFiles, 0)).toList();
        long started = System.nanoTime();
        AssignmentSolver.Solution solution;
        try {
            solution = AssignmentSolver.solve(needs, reviewers);
        } catch (AssignmentSolver.InfeasibleException e) {
            return e.getMessage() + (members.size() > declared.size()
                    ? " (" + (members.size() - declared.size()) + " membre(s) n'ont pas encore déclaré leurs liens d'intérêts)" : "");
        }
        assignments.deleteProposed(code);
        Map<String, Candidature> byReference = files.stream().collect(Collectors.toMap(c -> c.reference, Function.identity()));
        Map<String, Evaluator> byId = declared.stream().collect(Collectors.toMap(e -> String.valueOf(e.id), Function.identity()));
        Instant now = clock.now();
        for (AssignmentSolver.Pick pick : solution.picks()) {
            persist(campaign, byReference.get(pick.reference()), byId.get(pick.evaluatorId()), pick, 1, by, now,
                    AssignmentState.PROPOSED, null);
        }
        campaign.assignmentNote = null;
        LOG.infof("Affectation proposée pour %s : %d dossiers, %d évaluateurs, %d affectations en %d ms", code, files.size(),
                declared.size(), solution.picks().size(), (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    /** An administrator puts another member on a proposed assignment. */
    @Transactional
    public AssignmentView change(Actor admin, Long assignmentId, Long evaluatorId) {
        Assignment assignment = assignment(assignmentId);
        if (assignment.state != AssignmentState.PROPOSED) {
            throw AmiException.conflict("Cette affectation est déjà publiée ; l'évaluateur peut se déporter, ou le dossier être rouvert.");
        }
        Evaluator chosen = evaluators.findByIdOptional(evaluatorId)
                .filter(e -> e.campaign.id.equals(assignment.campaign.id))
                .orElseThrow(() -> AmiException.invalid("evaluatorId", "Ce membre n'appartient pas au comité de la campagne."));
        if (!chosen.hasDeclared()) {
            throw AmiException.invalid("evaluatorId", chosen.displayName + " n'a pas encore déclaré ses liens d'intérêts.");
        }
        Optional<ConflictRules.Conflict> conflict = ConflictRules.conflict(profile(chosen), fileOf(assignment.candidature));
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
            throw AmiException.invalid("dueAt", "L'échéance des évaluations doit laisser au moins un jour aux évaluateurs.");
        }
        List<Assignment> proposed = assignments.activeOfCampaign(code).stream()
                .filter(a -> a.state == AssignmentState.PROPOSED).toList();
        if (proposed.isEmpty()) {
            throw AmiException.conflict("Aucune affectation n'est proposée pour la campagne " + code
                    + (campaign.assignmentNote == null ? "." : " : " + campaign.assignmentNote));
        }
        Set<String> staffed = proposed.stream().map(a -> a.candidature.reference).collect(Collectors.toSet());
        List<String> unstaffed = candidatures.list("campaign.code = ?1 and state = ?2 order by reference", code,
                CandidatureState.UNDER_REVIEW).stream().map(c -> c.reference).filter(r -> !staffed.contains(r)).toList();
        if (!unstaffed.isEmpty()) {
            throw AmiException.conflict("Aucun évaluateur n'est proposé pour " + String.join(", ", unstaffed)
                    + " : invitez un membre sans conflit avec ce dossier, puis recalculez l'affectation.");
        }
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_REVIEW_ASSIGNMENTS),
                Map.of(ProcessVariables.EVALUATION_DUE_AT, dueAt.truncatedTo(ChronoUnit.SECONDS).toString()))) {
            throw AmiException.conflict("L'affectation de la campagne " + code + " n'attend pas de publication.");
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
        LOG.infof("Campagne %s : %d dossiers confiés à leurs évaluateurs", code, byFile.size());
    }

    /** The details a file's evaluation step needs: who, until when, when to remind. */
    public record Schedule(String evaluatorSubject, Instant dueAt, Instant reminderAt) {
    }

    public Schedule schedule(Long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        Instant reminder = assignment.dueAt.minus(Duration.ofDays(assignment.campaign.reminderDaysBefore));
        return new Schedule(assignment.evaluator.subject, assignment.dueAt, reminder);
    }

    /**
     * A member steps down from a file: the organisation joins their declared links, and another member takes the
     * file (now if the assignment is only proposed, through the file's process once released).
     */
    @Transactional
    public void recuse(Actor actor, Long assignmentId, String reason) {
        Assignment assignment = assignment(assignmentId);
        if (!assignment.evaluator.subject.equals(actor.subject())) {
            throw AmiException.forbidden("Ce dossier ne vous est pas attribué.");
        }
        if (!assignment.isActive()) {
            throw AmiException.conflict("Vous vous êtes déjà déporté de ce dossier.");
        }
        if (evaluations.ofAssignment(assignmentId).filter(v -> v.state == EvaluationState.SUBMITTED).isPresent()
                || assignment.candidature.state != CandidatureState.UNDER_REVIEW) {
            throw AmiException.conflict("Votre évaluation de ce dossier a déjà été prise en compte : signalez le conflit "
                    + "d'intérêts à l'administration, qui le soumettra au comité.");
        }
        if (leavesFileUnstaffed(assignment)) {
            throw AmiException.conflict("Vous êtes le dernier évaluateur du dossier " + assignment.candidature.reference
                    + " et aucun autre membre ne peut le reprendre : demandez à l'administration d'inviter un membre, "
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
    @Transactional
    public void withdrawConflicted(Evaluator evaluator) {
        ConflictRules.Member profile = profile(evaluator);
        for (Assignment assignment : assignments.activeOfCampaign(evaluator.campaign.code)) {
            if (!assignment.evaluator.id.equals(evaluator.id) || assignment.candidature.state == CandidatureState.WITHDRAWN
                    || ConflictRules.conflict(profile, fileOf(assignment.candidature)).isEmpty()) {
                continue;
            }
            boolean counted = evaluations.ofAssignment(assignment.id).filter(v -> v.state == EvaluationState.SUBMITTED).isPresent()
                    || assignment.candidature.state == CandidatureState.REVIEWED;
            if (counted) {
                addNote(assignment.campaign, evaluator.displayName + " a déclaré un lien avec l'organisation du dossier "
                        + assignment.candidature.reference + " après l'avoir évalué : à examiner par le comité.");
            } else if (leavesFileUnstaffed(assignment)) {
                throw AmiException.conflict("Vous êtes le dernier évaluateur du dossier " + assignment.candidature.reference
                        + ", lié à l'organisation déclarée, et aucun autre membre ne peut le reprendre : demandez à "
                        + "l'administration d'inviter un membre, puis déclarez ce lien. Rien n'a été enregistré.");
            } else {
                end(assignment, "conflit d'intérêts déclaré");
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
            throw AmiException.conflict("Le dossier " + assignment.candidature.reference + " n'attend plus d'évaluation de votre part.");
        }
    }

    /**
     * {@code Task_ReplaceEvaluator}: a released file whose member stepped down gets another one, if any member is
     * free of conflict and not already on it; otherwise the administrators are told on the assignment page.
     */
    @Transactional
    public Optional<Long> replace(Long recusedAssignmentId) {
        Assignment recused = assignment(recusedAssignmentId);
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
                + ", déport) et aucun membre sans conflit n'est disponible pour le remplacer : invitez un membre.";
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
        return solveOne(file).map(choice -> persist(file.campaign, file, choice.evaluator(), choice.pick(), round,
                AUTOMATIC + " — " + why, clock.now(), state, dueAt));
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
                    List.of(new AssignmentSolver.FileNeed(file.reference, file.family == null ? "" : file.family.code, 1,
                            ConflictRules.ruledOut(fileOf(file), profiles(declared)), onFile)),
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

    private Assignment persist(Campaign campaign, Candidature file, Evaluator evaluator, AssignmentSolver.Pick pick, int round,
                               String by, Instant now, AssignmentState state, Instant dueAt) {
        Assignment assignment = new Assignment();
        assignment.campaign = campaign;
        assignment.candidature = file;
        assignment.evaluator = evaluator;
        assignment.state = state;
        assignment.round = round;
        assignment.expert = pick.expert();
        assignment.reason = pick.reason();
        assignment.assignedAt = now;
        assignment.assignedBy = by;
        if (state == AssignmentState.RELEASED) {
            assignment.releasedAt = now;
            assignment.dueAt = dueAt;
        }
        assignments.persist(assignment);
        return assignment;
    }

    private void recordLink(Evaluator evaluator, String siren, String reason) {
        if (evaluator.links.stream().noneMatch(l -> l.siren.equals(siren))) {
            ConflictLink link = new ConflictLink();
            link.evaluator = evaluator;
            link.siren = siren;
            link.kind = ConflictKind.LINK;
            link.note = "déport : " + reason;
            link.declaredAt = clock.now();
            evaluator.links.add(link);
        }
    }

    /** Who the members are, as far as conflicts go: their declared links and the organisation their account acts for. */
    private List<ConflictRules.Member> profiles(List<Evaluator> members) {
        return members.stream().map(this::profile).toList();
    }

    private ConflictRules.Member profile(Evaluator evaluator) {
        Map<String, ConflictKind> declared = evaluator.links.stream()
                .collect(Collectors.toMap(l -> l.siren, l -> l.kind, (first, second) -> first, LinkedHashMap::new));
        Optional<String> own = organisationMembers.findBySubject(evaluator.subject).map(m -> m.organisation.siren);
        return new ConflictRules.Member(String.valueOf(evaluator.id), evaluator.username, evaluator.administration, declared, own);
    }

    private static ConflictRules.File fileOf(Candidature file) {
        return new ConflictRules.File(file.reference, file.organisation.siren, file.organisation.legalName, file.organisation.kind,
                file.createdBy);
    }

    /**
     * The conflicts detected (not declared) for each member of a campaign's committee, on its files that were
     * submitted and not set aside, for the administrators and for the members themselves.
     */
    public Map<Long, List<ConflictRules.Conflict>> detectedConflicts(String code, List<Evaluator> members) {
        List<ConflictRules.File> files = candidatures.list("campaign.code = ?1 and state not in ?2 order by reference", code,
                EnumSet.of(CandidatureState.DRAFT, CandidatureState.WITHDRAWN, CandidatureState.INADMISSIBLE))
                .stream().map(AssignmentService::fileOf).toList();
        Map<Long, List<ConflictRules.Conflict>> detected = new LinkedHashMap<>();
        members.forEach(e -> detected.put(e.id, ConflictRules.detected(profile(e), files)));
        return detected;
    }

    /** {@code Timer_EvaluationDue}: the due date passed without a submission. */
    @Transactional
    public void flagLate(Long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        assignment.late = true;
        LOG.infof("Évaluation en retard : %s par %s (échéance %s)", assignment.candidature.reference,
                assignment.evaluator.displayName, FrenchFormat.dateTime(assignment.dueAt));
    }

    Assignment assignment(Long id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> AmiException.notFound("Aucune affectation n° " + id + "."));
    }

    public AssignmentView view(String code) {
        Campaign campaign = campaigns.getByCode(code);
        List<Assignment> all = assignments.ofCampaign(code);
        Map<String, List<Assignment>> byFile = all.stream().collect(Collectors.groupingBy(a -> a.candidature.reference,
                LinkedHashMap::new, Collectors.toList()));
        List<AssignmentView.FileLine> lines = byFile.values().stream().map(list -> {
            Candidature c = list.get(0).candidature;
            return new AssignmentView.FileLine(c.reference, c.organisation.legalName, c.solutionName,
                    c.family == null ? "" : c.family.label,
                    list.stream().map(a -> new AssignmentView.Line(a.id, a.evaluator.id, a.evaluator.displayName, a.expert,
                            a.state == AssignmentState.RECUSED ? "déport : " + a.recusalReason : a.reason, a.state, a.round, a.late))
                            .toList());
        }).toList();
        List<Evaluator> members = evaluators.ofCampaign(code);
        Map<Long, Long> loads = all.stream().filter(Assignment::isActive)
                .collect(Collectors.groupingBy(a -> a.evaluator.id, Collectors.counting()));
        return new AssignmentView(code, all.stream().anyMatch(a -> a.state == AssignmentState.RELEASED), campaign.evaluationDueAt,
                campaign.assignmentNote, lines,
                members.stream().map(e -> new AssignmentView.Load(e.id, e.displayName, loads.getOrDefault(e.id, 0L))).toList(),
                members.stream().filter(e -> !e.hasDeclared()).map(e -> e.displayName).toList());
    }
}
