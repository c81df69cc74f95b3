package fr.amiengine.evaluation.consolidation;

import fr.amiengine.campaign.DisagreementPolicy;
import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.evaluation.assignment.AssignmentRepository;
import fr.amiengine.evaluation.assignment.AssignmentState;
import fr.amiengine.evaluation.assignment.ReassignmentService;
import fr.amiengine.evaluation.scoring.Evaluation;
import fr.amiengine.evaluation.scoring.EvaluationRepository;
import fr.amiengine.evaluation.scoring.EvaluationScore;
import fr.amiengine.evaluation.scoring.EvaluationState;
import fr.amiengine.evaluation.scoring.FileEvaluationsView;
import fr.amiengine.evaluation.scoring.OtherEvaluations;
import fr.amiengine.evaluation.scoring.ScoreGrid;
import fr.amiengine.evaluation.scoring.ScoringRequests;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.ActorKind;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns a file's submitted evaluations into its consolidated result, decides what a disagreement leads to, and
 * shows the evaluations under the blind rules.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class ConsolidationService implements OtherEvaluations {

    private static final Logger LOG = Logger.getLogger(ConsolidationService.class);

    /** What the process does next with a consolidated file. */
    public record Outcome(boolean additionalEvaluator, boolean consensus, String pair) {
    }

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ConsolidationRecordRepository consolidations;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReassignmentService reassignments;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /**
     * {@code Task_ConsolidateEvaluations}: consolidates, then, on a disagreement, asks for one more evaluator (once per
     * file) or for a consensus note, as the campaign says.
     */
    @Transactional
    public Outcome consolidate(String reference) {
        Candidature file = candidatures.getByReference(reference);
        Consolidation.Result result = store(file);
        boolean wantsAdditional = result.disagreement() && file.campaign.disagreementPolicy == DisagreementPolicy.ADDITIONAL_EVALUATOR
                && !reassignments.hadAdditional(reference);
        boolean additional = wantsAdditional && reassignments.canAddOne(reference);
        if (wantsAdditional && !additional) {
            LOG.warnf("%s\u00a0: désaccord, mais aucun membre disponible pour une évaluation supplémentaire", reference);
        }
        boolean consensus = result.disagreement() && file.campaign.disagreementPolicy == DisagreementPolicy.CONSENSUS;
        String pair = consensus ? assignments.activeOfFile(reference).stream().map(a -> a.evaluator.subject)
                .collect(Collectors.joining(",")) : "";
        LOG.infof("%s consolidé\u00a0: %s sur 100%s", reference, result.rawScore(),
                result.disagreement() ? ", désaccord (" + result.disagreementDetail() + ")" : "");
        return new Outcome(additional, consensus, pair);
    }

    /** When the last of the campaign's files was consolidated (or consolidated again), if any was. */
    public Optional<Instant> lastConsolidatedAt(String code) {
        return consolidations.lastConsolidatedAt(code);
    }

    /** {@code Task_ReconsolidateEvaluations}: a reopened evaluation was submitted again. */
    @Transactional
    public void reconsolidate(String reference) {
        Candidature file = candidatures.getByReference(reference);
        if (!evaluations.submittedOfFile(reference).isEmpty()
                && consolidations.ofReference(reference).isPresent()) {
            store(file);
        }
    }

    public String campaignOf(String reference) {
        return candidatures.getByReference(reference).campaign.code;
    }

    /** The files whose consensus note the actor is asked to write. */
    public List<String> consensusAwaitedFrom(Actor actor) {
        return workflow.businessKeysOfCandidateTasks(ProcessVariables.TASK_WRITE_CONSENSUS_NOTE, actor.subject());
    }

    /** {@code Task_MarkReviewed}: the file's evaluation is complete. */
    @Transactional
    public void markReviewed(String reference) {
        Candidature file = candidatures.getByReference(reference);
        file.moveTo(CandidatureState.REVIEWED, ActorKind.SYSTEM, ActorKind.SYSTEM.publicName, clock.now(),
                "Évaluation terminée par le comité");
    }

    /** The pair's joint note after a disagreement, written by one of them; completes {@code Task_WriteConsensusNote}. */
    @Transactional
    public void recordConsensus(Actor actor, String reference, ScoringRequests.ConsensusNote note) {
        boolean member = assignments.activeOfFile(reference).stream().anyMatch(a -> a.evaluator.subject.equals(actor.subject())
                && a.state == AssignmentState.RELEASED);
        if (!member) {
            throw AmiException.forbidden("Ce dossier ne vous est pas attribué.");
        }
        ConsolidationRecord record = consolidations.ofReference(reference)
                .orElseThrow(() -> AmiException.conflict("Le dossier " + reference + " n’a pas encore été consolidé."));
        record.consensusNote = note.note().strip();
        record.minorityView = note.minorityView() == null || note.minorityView().isBlank() ? null : note.minorityView().strip();
        if (!workflow.completeTask(OpenTask.of(reference, ProcessVariables.TASK_WRITE_CONSENSUS_NOTE).offeredTo(actor.subject()), Map.of())) {
            throw AmiException.conflict("Le dossier " + reference + " n’attend pas de note commune de votre part.");
        }
    }

    private Consolidation.Result store(Candidature file) {
        List<Evaluation> submitted = evaluations.submittedOfFile(file.reference);
        Consolidation.Result result = Consolidation.consolidate(ScoreGrid.of(file.campaign), submitted.stream()
                .map(v -> new Consolidation.Evaluation(String.valueOf(v.assignment.id), scores(v))).toList(),
                file.campaign.disagreementSpread);
        ConsolidationRecord record = consolidations.ofFile(file.id)
                .orElseGet(() -> {
                    ConsolidationRecord created = new ConsolidationRecord();
                    created.candidature = file;
                    return created;
                });
        record.rawScore = result.rawScore();
        record.eligible = result.eligible();
        record.disagreement = result.disagreement();
        record.disagreementDetail = result.disagreementDetail().isEmpty() ? null : result.disagreementDetail();
        record.evaluations = submitted.size();
        record.consolidatedAt = clock.now();
        record.criteria.clear();
        for (Consolidation.CriterionResult c : result.criteria()) {
            ConsolidationCriterion line = new ConsolidationCriterion();
            line.consolidation = record;
            line.criterionKey = c.key();
            line.mean = c.mean();
            line.threshold = c.threshold();
            line.met = c.met();
            line.spread = c.spread();
            record.criteria.add(line);
        }
        if (record.id == null) {
            consolidations.persist(record);
        }
        return result;
    }

    private static Map<String, BigDecimal> scores(Evaluation evaluation) {
        Map<String, BigDecimal> scores = new HashMap<>();
        evaluation.scores.forEach(s -> scores.put(s.criterionKey, s.score));
        return scores;
    }

    /** A consolidated file as the selection reads it: both scores, out of 100, and each criterion's mean. */
    public record FileResult(String reference, BigDecimal rawScore, BigDecimal normalisedScore, boolean eligible,
                             List<CriterionResult> criteria) {
    }

    public record CriterionResult(String key, String label, BigDecimal mean, BigDecimal threshold, boolean met) {
    }

    /** The consolidation of every consolidated file of a campaign, with the file's mean normalised score. */
    public List<FileResult> results(String campaignCode) {
        Map<String, List<Double>> normalisedByFile = new HashMap<>();
        Map<Long, Normalisation.Normalised> normalised = normalised(campaignCode);
        for (Evaluation v : evaluations.submittedOfCampaign(campaignCode)) {
            Normalisation.Normalised n = normalised.get(v.assignment.id);
            if (n != null && v.assignment.isActive()) {
                normalisedByFile.computeIfAbsent(v.assignment.candidature.reference, k -> new ArrayList<>()).add(n.normalised());
            }
        }
        List<ConsolidationRecord> records = consolidations.ofCampaign(campaignCode);
        List<FileResult> results = new ArrayList<>();
        for (ConsolidationRecord r : records) {
            Map<String, String> labels = new HashMap<>();
            r.candidature.campaign.criteria.forEach(c -> labels.put(c.key.name(), c.label));
            List<Double> own = normalisedByFile.getOrDefault(r.candidature.reference, List.of());
            BigDecimal normalisedScore = own.isEmpty() ? r.rawScore
                    : BigDecimal.valueOf(own.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                    .setScale(2, RoundingMode.HALF_UP);
            results.add(new FileResult(r.candidature.reference, r.rawScore, normalisedScore, r.eligible,
                    r.criteria.stream().map(c -> new CriterionResult(c.criterionKey, labels.get(c.criterionKey), c.mean,
                            c.threshold, c.met)).toList()));
        }
        return results;
    }

    /** Normalised totals of every submitted evaluation of a campaign, by assignment id. */
    public Map<Long, Normalisation.Normalised> normalised(String campaignCode) {
        List<Evaluation> all = evaluations.submittedOfCampaign(campaignCode);
        if (all.isEmpty()) {
            return Map.of();
        }
        List<ScoreGrid.Criterion> grid = ScoreGrid.of(all.get(0).assignment.campaign);
        List<Normalisation.Raw> raws = all.stream().map(v -> new Normalisation.Raw(String.valueOf(v.assignment.evaluator.id),
                String.valueOf(v.assignment.id), ScoreGrid.total(grid, scores(v)).doubleValue())).toList();
        Map<Long, Normalisation.Normalised> byAssignment = new HashMap<>();
        Normalisation.normalise(raws).forEach(n -> byAssignment.put(Long.valueOf(n.reference()), n));
        return byAssignment;
    }

    /**
     * A file's evaluations under the blind rules: an administrator reads them all, with each normalised score and how
     * it was computed; an evaluator of the file reads them only once their own is submitted, and then only the scores
     * and justifications given on this file and what follows from them alone (totals, means, spreads). The normalised
     * scores are left out for evaluators: each is computed from every file its member scored and from the campaign's
     * mean, so reading it twice would tell a reader what another member just gave to a file they have not scored.
     */
    @Override
    public FileEvaluationsView evaluationsOf(Actor actor, String reference) {
        Candidature file = candidatures.getByReference(reference);
        Optional<Assignment> mine = assignments.activeOfFile(reference).stream()
                .filter(a -> a.evaluator.subject.equals(actor.subject()) && a.state != AssignmentState.PROPOSED).findFirst();
        if (!actor.isAdmin()) {
            if (mine.isEmpty()) {
                // Its own organisation knows the file exists; to anyone else, it is answered as unknown.
                if (actor.belongsTo(file.organisation.id)) {
                    throw AmiException.forbidden("Les évaluations de ce dossier ne vous sont pas accessibles en l’état\u00a0: une fois "
                            + "les décisions définitives, leurs éléments, anonymisés, vous sont communiqués (GET /api/candidatures/"
                            + reference + "/evaluation-report, page /candidatures/" + reference + "/evaluation).");
                }
                throw CandidatureRepository.unknown(reference);
            }
            boolean submitted = evaluations.ofAssignment(mine.get().id).filter(v -> v.state == EvaluationState.SUBMITTED).isPresent();
            if (!submitted) {
                throw AmiException.forbidden("Vous verrez les autres évaluations de ce dossier après avoir soumis la vôtre.");
            }
        }
        List<Evaluation> submitted = evaluations.submittedOfFile(reference);
        Map<Long, Normalisation.Normalised> normalised = actor.isAdmin() ? normalised(file.campaign.code) : Map.of();
        List<ScoreGrid.Criterion> grid = ScoreGrid.of(file.campaign);
        Map<String, String> labels = new LinkedHashMap<>();
        grid.forEach(c -> labels.put(c.key(), c.label()));
        List<FileEvaluationsView.Submitted> lines = new ArrayList<>();
        int number = 1;
        for (Evaluation v : submitted) {
            boolean own = mine.isPresent() && mine.get().id.equals(v.assignment.id);
            String name = actor.isAdmin() ? v.assignment.evaluator.displayName : own ? "Vous" : "Membre " + number;
            if (!own) {
                number++;
            }
            Normalisation.Normalised n = normalised.get(v.assignment.id);
            lines.add(new FileEvaluationsView.Submitted(name, own, v.submittedAt,
                    grid.stream().map(c -> {
                        EvaluationScore s = v.score(c.key()).orElseThrow();
                        return new FileEvaluationsView.Line(c.key(), c.label(), s.score, s.justification);
                    }).toList(),
                    ScoreGrid.total(grid, scores(v)),
                    n == null ? null : BigDecimal.valueOf(n.normalised()).setScale(2, RoundingMode.HALF_UP),
                    n == null ? null : n.explanation()));
        }
        FileEvaluationsView.Consolidated consolidated = consolidations.ofFile(file.id).map(r -> new FileEvaluationsView.Consolidated(r.rawScore,
                        actor.isAdmin() ? lines.stream().map(FileEvaluationsView.Submitted::normalisedTotal)
                                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(Math.max(1, lines.size())), 2, RoundingMode.HALF_UP) : null,
                        r.eligible, r.disagreement, r.disagreementDetail,
                        r.criteria.stream().map(c -> new FileEvaluationsView.CriterionMean(c.criterionKey, labels.get(c.criterionKey),
                                c.mean, c.threshold, c.met, c.spread)).toList(),
                        r.consensusNote, r.minorityView, r.consolidatedAt)).orElse(null);
        return new FileEvaluationsView(reference, lines, consolidated);
    }
}
