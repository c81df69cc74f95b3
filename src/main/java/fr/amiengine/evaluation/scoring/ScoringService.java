package fr.amiengine.evaluation.scoring;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.Criterion;
import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.evaluation.assignment.AssignmentRepository;
import fr.amiengine.evaluation.assignment.AssignmentService;
import fr.amiengine.evaluation.assignment.AssignmentState;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Scoring: an evaluator saves drafts, then submits; a submitted evaluation is locked, and only an administrator
 * reopens it, with a reason, and not while the committee's decisions wait for approval. Every change of a score or a
 * justification goes to the {@link ScoreLedger}.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    @Inject
    AssignmentService assignmentService;

    @Inject
    AssignmentRepository assignments;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ScoreLedger ledger;

    @Inject
    CampaignRepository campaigns;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /**
     * The files released to the actor, in the campaigns whose declaration is done: until then, no file shows,
     * not even its name.
     */
    public List<MyAssignmentView> assignmentsOf(Actor actor) {
        return assignments.releasedTo(actor.subject()).stream()
                .filter(a -> a.evaluator.hasDeclared())
                .map(this::mine)
                .toList();
    }

    /**
     * The actor's files split for their pages: those of the campaigns still in evaluation, and those of the campaigns
     * past it (deliberation, decided, published), where nothing is left to score.
     */
    public MyAssignments myAssignments(Actor actor) {
        List<MyAssignmentView> current = new ArrayList<>();
        List<MyAssignmentView> finished = new ArrayList<>();
        assignments.releasedTo(actor.subject()).stream().filter(a -> a.evaluator.hasDeclared())
                .forEach(a -> (a.campaign.state == fr.amiengine.campaign.CampaignState.EVALUATION ? current : finished)
                        .add(mine(a)));
        return new MyAssignments(current, finished);
    }

    /** @param current files of campaigns in evaluation; @param finished files of campaigns past it */
    public record MyAssignments(List<MyAssignmentView> current, List<MyAssignmentView> finished) {
    }

    private MyAssignmentView mine(Assignment a) {
        return new MyAssignmentView(a.id, a.candidature.reference, a.campaign.code, a.candidature.solutionName,
                a.candidature.organisation.legalName, a.candidature.family == null ? "" : a.candidature.family.label,
                a.dueAt, a.late, evaluations.ofAssignment(a.id).map(v -> v.state).orElse(null));
    }

    /** The evaluation of an assignment, for its evaluator or an administrator. */
    public EvaluationView view(Actor actor, Long assignmentId) {
        Assignment assignment = readable(actor, assignmentId);
        return view(assignment, evaluations.ofAssignment(assignmentId));
    }

    @Transactional
    public EvaluationView saveDraft(Actor actor, Long assignmentId, ScoringRequests.Scores request) {
        Assignment assignment = writable(actor, assignmentId);
        Evaluation evaluation = evaluations.ofAssignment(assignmentId).orElseGet(() -> create(assignment));
        if (evaluation.state == EvaluationState.SUBMITTED) {
            throw AmiException.conflict("Votre évaluation est soumise\u00a0: elle est verrouillée. L’administration peut la rouvrir.");
        }
        apply(evaluation, assignment.campaign, request, actor);
        return view(assignment, Optional.of(evaluation));
    }

    /** Locks the evaluation and completes the evaluator's task; every criterion needs a score and a justification. */
    @Transactional
    public EvaluationView submit(Actor actor, Long assignmentId) {
        Assignment assignment = writable(actor, assignmentId);
        Evaluation evaluation = evaluations.ofAssignment(assignmentId).orElseGet(() -> create(assignment));
        if (evaluation.state == EvaluationState.SUBMITTED) {
            throw AmiException.conflict("Votre évaluation de " + assignment.candidature.reference + " est déjà soumise.");
        }
        List<FieldError> missing = missing(assignment, evaluation);
        if (!missing.isEmpty()) {
            throw AmiException.invalid("L’évaluation est incomplète\u00a0: chaque critère demande une note et une justification.", missing);
        }
        Instant now = clock.now();
        evaluation.state = EvaluationState.SUBMITTED;
        evaluation.submittedAt = now;
        evaluation.updatedAt = now;
        ledger.record(evaluation, ScoreLedgerEntry.Event.SUBMITTED, null, null, null, actor.username(), now, null);
        String reference = assignment.candidature.reference;
        String subject = assignment.evaluator.subject;
        if (!workflow.completeTask(OpenTask.of(reference, ProcessVariables.TASK_SCORE_CANDIDATURE).assignedTo(subject), Map.of(ProcessVariables.RECUSED, false))
                && !workflow.completeTask(OpenTask.of(reference, ProcessVariables.TASK_RESCORE_CANDIDATURE).assignedTo(subject), Map.of())) {
            throw AmiException.conflict("Le dossier " + reference + " n’attend plus d’évaluation de votre part.");
        }
        LOG.infof("Évaluation de %s soumise par %s", reference, actor.username());
        return view(assignment, Optional.of(evaluation));
    }

    /**
     * What the evaluation still lacks before it can be submitted (a score and a justification per criterion), so that
     * the page asks for it before its confirmation step rather than after.
     */
    @Transactional
    public List<FieldError> missingForSubmission(Actor actor, Long assignmentId) {
        Assignment assignment = writable(actor, assignmentId);
        return missing(assignment, evaluations.ofAssignment(assignmentId).orElseGet(Evaluation::new));
    }

    private static List<FieldError> missing(Assignment assignment, Evaluation evaluation) {
        List<FieldError> missing = new ArrayList<>();
        List<Criterion> grid = assignment.campaign.criteria;
        for (int i = 0; i < grid.size(); i++) {
            Criterion criterion = grid.get(i);
            Optional<EvaluationScore> score = evaluation.score(criterion.key.name());
            if (score.map(s -> s.score).isEmpty()) {
                missing.add(new FieldError("scores[" + i + "].score", "Notez le critère «\u00a0" + criterion.label + "\u00a0»"));
            }
            if (score.map(s -> s.justification).filter(j -> !j.isBlank()).isEmpty()) {
                missing.add(new FieldError("scores[" + i + "].justification", "Justifiez la note du critère «\u00a0" + criterion.label + "\u00a0»"));
            }
        }
        return missing;
    }

    /**
     * An administrator unlocks a submitted evaluation; the file is scored again by the same member. Refused once the
     * campaign's decisions are submitted for approval: the set the approver reads rests on these scores, and only the
     * approver sends it back to the deliberation (the BPMN's one way back), after which reopening is possible again.
     */
    @Transactional
    public EvaluationView reopen(Actor admin, Long assignmentId, String reason) {
        Assignment assignment = assignmentService.assignment(assignmentId);
        Evaluation evaluation = evaluations.ofAssignment(assignmentId)
                .filter(v -> v.state == EvaluationState.SUBMITTED)
                .orElseThrow(() -> AmiException.conflict("Seule une évaluation soumise peut être rouverte."));
        if (assignment.candidature.state == CandidatureState.UNDER_REVIEW) {
            // consolidation and disagreement triage have not run yet: reopening now would let them run without it
            throw AmiException.conflict("Le dossier " + assignment.candidature.reference + " attend encore des évaluations\u00a0: "
                    + "vous pourrez rouvrir celle-ci une fois le dossier consolidé.");
        }
        if (assignment.candidature.state != CandidatureState.REVIEWED) {
            throw AmiException.conflict("Le dossier " + assignment.candidature.reference + " n’est plus en évaluation.");
        }
        // the campaign's row, locked as the submission of its decisions locks it, so that the two never cross
        Campaign campaign = campaigns.lockByCode(assignment.campaign.code);
        if (campaign.decisionsSubmittedAt != null) {
            throw AmiException.conflict("Les décisions de la campagne " + campaign.code + " sont soumises à "
                    + "l’approbation\u00a0: les évaluations sur lesquelles elles reposent ne se rouvrent plus. Si une note doit "
                    + "être revue, la personne qui approuve renvoie les décisions en délibération, avec cette raison.");
        }
        Instant now = clock.now();
        evaluation.state = EvaluationState.DRAFT;
        evaluation.submittedAt = null;
        evaluation.updatedAt = now;
        ledger.record(evaluation, ScoreLedgerEntry.Event.REOPENED, null, null, null, admin.username(), now, reason.strip());
        if (!workflow.reopenEvaluation(assignment.candidature.reference, assignment.evaluator.subject, assignment.id)) {
            throw AmiException.conflict("Le traitement du dossier " + assignment.candidature.reference + " est terminé.");
        }
        LOG.infof("Évaluation de %s par %s rouverte par %s\u00a0: %s", assignment.candidature.reference,
                assignment.evaluator.displayName, admin.username(), reason);
        return view(assignment, Optional.of(evaluation));
    }

    /**
     * The files of a campaign with a reopened evaluation not yet submitted again: a reviewed file whose active
     * assignment has a draft. The decisions wait for them before going to approval.
     */
    public List<String> reopenedOf(String campaignCode) {
        return evaluations.getEntityManager().createQuery("select distinct c.reference from Evaluation v join v.assignment a "
                        + "join a.candidature c where a.campaign.code = ?1 and a.state <> ?2 and v.state = ?3 and c.state = ?4 "
                        + "order by c.reference", String.class)
                .setParameter(1, campaignCode).setParameter(2, AssignmentState.RECUSED).setParameter(3, EvaluationState.DRAFT)
                .setParameter(4, CandidatureState.REVIEWED).getResultList();
    }

    private void apply(Evaluation evaluation, Campaign campaign, ScoringRequests.Scores request, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.scores().size(); i++) {
            ScoringRequests.Score s = request.scores().get(i);
            Optional<Criterion> criterion = campaign.criteria.stream().filter(c -> c.key.name().equals(s.criterion())).findFirst();
            if (criterion.isEmpty()) {
                errors.add(new FieldError("scores[" + i + "].criterion", "Le critère «\u00a0" + s.criterion() + "\u00a0» n’est pas dans la grille"));
            } else if (s.score() != null && !onScale(criterion.get(), s.score())) {
                errors.add(new FieldError("scores[" + i + "].score", "La note de «\u00a0" + criterion.get().label + "\u00a0» doit aller de "
                        + plain(criterion.get().scaleMin) + " à " + plain(criterion.get().scaleMax) + " par pas de "
                        + plain(criterion.get().scaleStep)));
            }
        }
        if (!errors.isEmpty()) {
            throw AmiException.invalid(errors.size() == 1 ? errors.get(0).message() : "Certaines notes sont hors barème.", errors);
        }
        Instant now = clock.now();
        for (ScoringRequests.Score s : request.scores()) {
            EvaluationScore score = evaluation.score(s.criterion()).orElseGet(() -> {
                EvaluationScore created = new EvaluationScore();
                created.evaluation = evaluation;
                created.criterionKey = s.criterion();
                evaluation.scores.add(created);
                return created;
            });
            String justification = s.justification() == null || s.justification().isBlank() ? null : s.justification().strip();
            if (!sameScore(score.score, s.score())) {
                ledger.record(evaluation, ScoreLedgerEntry.Event.SCORE, s.criterion(), plainOrNull(score.score), plainOrNull(s.score()),
                        actor.username(), now, null);
                score.score = s.score();
            }
            if (!Objects.equals(score.justification, justification)) {
                ledger.record(evaluation, ScoreLedgerEntry.Event.JUSTIFICATION, s.criterion(), score.justification, justification,
                        actor.username(), now, null);
                score.justification = justification;
            }
        }
        evaluation.updatedAt = now;
    }

    private Evaluation create(Assignment assignment) {
        Evaluation evaluation = new Evaluation();
        evaluation.assignment = assignment;
        evaluation.state = EvaluationState.DRAFT;
        evaluation.updatedAt = clock.now();
        evaluations.persist(evaluation);
        return evaluation;
    }

    /** The assignment, if the actor is its evaluator (and has declared their links) or an administrator. */
    private Assignment readable(Actor actor, Long assignmentId) {
        Assignment assignment = assignmentService.assignment(assignmentId);
        if (actor.isAdmin()) {
            return assignment;
        }
        if (!assignment.evaluator.subject.equals(actor.subject()) || assignment.state == AssignmentState.PROPOSED) {
            throw AmiException.forbidden("Ce dossier ne vous est pas attribué.");
        }
        if (!assignment.evaluator.hasDeclared()) {
            throw AmiException.conflict("Déclarez d’abord vos liens d’intérêts pour la campagne " + assignment.campaign.code + ".");
        }
        return assignment;
    }

    private Assignment writable(Actor actor, Long assignmentId) {
        Assignment assignment = assignments.findByIdOptional(assignmentId)
                .orElseThrow(() -> AmiException.notFound("Aucune affectation n° " + assignmentId + "."));
        assignments.getEntityManager().lock(assignment, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!assignment.evaluator.subject.equals(actor.subject()) || assignment.state == AssignmentState.PROPOSED) {
            throw AmiException.forbidden("Ce dossier ne vous est pas attribué.");
        }
        if (assignment.state == AssignmentState.RECUSED) {
            throw AmiException.conflict("Vous vous êtes déporté de ce dossier.");
        }
        if (!assignment.evaluator.hasDeclared()) {
            throw AmiException.conflict("Déclarez d’abord vos liens d’intérêts pour la campagne " + assignment.campaign.code + ".");
        }
        return assignment;
    }

    EvaluationView view(Assignment assignment, Optional<Evaluation> evaluation) {
        List<EvaluationView.ScoreView> scores = assignment.campaign.criteria.stream().map(c -> {
            Optional<EvaluationScore> s = evaluation.flatMap(v -> v.score(c.key.name()));
            return new EvaluationView.ScoreView(c.key.name(), c.label, s.map(x -> x.score).orElse(null),
                    s.map(x -> x.justification).orElse(null), c.scaleMin, c.scaleMax, c.scaleStep, c.guidance,
                    c.weight, c.threshold);
        }).toList();
        BigDecimal total = scores.stream().allMatch(s -> s.score() != null)
                ? ScoreGrid.total(ScoreGrid.of(assignment.campaign),
                scores.stream().collect(java.util.stream.Collectors.toMap(EvaluationView.ScoreView::criterion, EvaluationView.ScoreView::score)))
                : null;
        return new EvaluationView(assignment.id, assignment.candidature.reference, assignment.campaign.code,
                assignment.evaluator.displayName, evaluation.map(v -> v.state).orElse(EvaluationState.DRAFT), assignment.dueAt,
                assignment.late, evaluation.map(v -> v.submittedAt).orElse(null), scores, total);
    }

    private static boolean onScale(Criterion criterion, BigDecimal score) {
        return score.compareTo(criterion.scaleMin) >= 0 && score.compareTo(criterion.scaleMax) <= 0
                && score.subtract(criterion.scaleMin).remainder(criterion.scaleStep).signum() == 0;
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plainOrNull(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return ScoreGrid.plain(value);
    }
}
