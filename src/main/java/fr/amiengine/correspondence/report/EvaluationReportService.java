package fr.amiengine.correspondence.report;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.Criterion;
import fr.amiengine.evaluation.consolidation.ConsolidationRecord;
import fr.amiengine.evaluation.consolidation.ConsolidationRecordRepository;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.ConsolidationService.FileResult;
import fr.amiengine.evaluation.consolidation.Normalisation;
import fr.amiengine.evaluation.scoring.Evaluation;
import fr.amiengine.evaluation.scoring.EvaluationRepository;
import fr.amiengine.evaluation.scoring.EvaluationScore;
import fr.amiengine.evaluation.scoring.ScoreGrid;
import fr.amiengine.identity.Actor;
import fr.amiengine.selection.Ranking;
import fr.amiengine.selection.SelectionStanding;
import fr.amiengine.selection.SelectionStanding.Standing;
import fr.amiengine.shared.AmiException;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The communication of a file's evaluation to its candidate (CADA's doctrine; CRPA L311-3-1 and R311-3-1-2 for the
 * algorithmic part), once the campaign's decisions are final: approved by a second administrator and finalised
 * ({@code Decision.finalised}). Its organisation's members and the administrators read it; anyone else is answered as
 * for a reference that does not exist. Before finality its readers get a 409 that says when it will come.
 *
 * <p>What it shows and withholds (docs/evaluation.md § 8): each evaluator's scores and justifications under a number,
 * in an order drawn from a hash of the file and the assignment, so that neither the order of assignment nor the
 * order of submission says who is who; the consolidation; the per-evaluator and campaign figures the normalisation
 * used, which name no file; the file's rank and the scores of its two neighbours, without their names or references.
 * No evaluator's name, account, e-mail or administration, no submission time. The pair's joint note and minority view
 * after a disagreement are shown: the joint note is written for the committee as what it retains on the file.
 */
@ApplicationScoped
public class EvaluationReportService {

    /** Why the report is not there yet, or will not be, for a reader who may read the file. */
    public record Availability(String reference, String campaignTitle, String solution, EvaluationReport report,
                               String pending) {

        /** The file's rank, « 2e », or null when it is not ranked. */
        public String rank() {
            return report.ranking().position() == null ? null : Ranking.ordinalOf(report.ranking().position());
        }

        /** A neighbour's rank, « 1er ». */
        public String ordinal(EvaluationReport.Neighbour neighbour) {
            return Ranking.ordinalOf(neighbour.position());
        }

        /** The date the decisions became final, « 1er décembre 2026 ». */
        public String decidedOn() {
            return fr.amiengine.shared.FrenchFormat.date(report.decidedAt());
        }
    }

    @Inject
    CandidatureRepository candidatures;

    @Inject
    SelectionStanding standings;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ConsolidationService consolidation;

    @Inject
    ConsolidationRecordRepository consolidations;

    /** {@code GET /api/candidatures/{ref}/evaluation-report}: 404 to a reader who may not read the file, 409 before finality. */
    @Transactional
    public EvaluationReport report(Actor actor, String reference) {
        Availability availability = availability(actor, reference);
        if (availability.report() == null) {
            throw AmiException.conflict(availability.pending());
        }
        return availability.report();
    }

    /** The page's answer: the report once final, otherwise why not yet, in French. */
    @Transactional
    public Availability availability(Actor actor, String reference) {
        Candidature file = candidatures.getByReference(reference);
        if (!actor.isAdmin() && !actor.belongsTo(file.organisation.id)) {
            throw CandidatureRepository.unknown(reference);
        }
        Optional<Standing> standing = file.state == CandidatureState.WITHDRAWN ? Optional.empty() : standings.of(reference);
        if (standing.isEmpty()) {
            return new Availability(reference, file.campaign.title, file.solutionName, null, pending(file));
        }
        return new Availability(reference, file.campaign.title, file.solutionName, build(file, standing.get()), null);
    }

    private static String pending(Candidature file) {
        Campaign campaign = file.campaign;
        if (campaign.state == CampaignState.DECIDED || campaign.state == CampaignState.PUBLISHED) {
            return "Le dossier " + file.reference + " n’a pas reçu de décision du comité de sélection (il est «\u00a0"
                    + file.state.label.toLowerCase(java.util.Locale.FRENCH) + "\u00a0»)\u00a0: il n’a pas d’évaluation à communiquer.";
        }
        return "Les éléments d’évaluation du dossier " + file.reference + " seront communiqués une fois les décisions de la "
                + "campagne devenues définitives, c’est-à-dire approuvées par un second administrateur. La campagne est "
                + "aujourd’hui «\u00a0" + campaign.state.label + "\u00a0».";
    }

    private EvaluationReport build(Candidature file, Standing standing) {
        Campaign campaign = file.campaign;
        List<ScoreGrid.Criterion> grid = ScoreGrid.of(campaign);
        BigDecimal weights = campaign.criteria.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<EvaluationReport.GridCriterion> gridView = campaign.criteria.stream().map(c -> new EvaluationReport.GridCriterion(
                c.key.name(), c.label, c.weight, c.weight.multiply(BigDecimal.valueOf(100)).divide(weights, 1, RoundingMode.HALF_UP),
                c.scaleMin, c.scaleMax, c.threshold)).toList();

        Map<Long, Normalisation.Normalised> normalised = consolidation.normalised(campaign.code);
        List<Evaluation> submitted = new ArrayList<>(evaluations.submittedOfFile(file.reference));
        submitted.sort(Comparator.comparing(v -> anonymousOrder(file.reference, v.assignment.id)));
        List<EvaluationReport.EvaluatorScores> evaluators = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Evaluation v = submitted.get(i);
            Map<String, BigDecimal> scores = v.scores.stream().collect(Collectors.toMap(s -> s.criterionKey, s -> s.score));
            BigDecimal total = ScoreGrid.total(grid, scores);
            Normalisation.Normalised n = v.assignment.isActive() ? normalised.get(v.assignment.id) : null;
            evaluators.add(new EvaluationReport.EvaluatorScores("Évaluateur " + (i + 1),
                    grid.stream().map(c -> {
                        EvaluationScore s = v.score(c.key()).orElseThrow();
                        return new EvaluationReport.Score(c.key(), c.label(), s.score, s.justification);
                    }).toList(),
                    total, totalComputation(grid, scores, total), n == null ? null : two(n.normalised()), n == null ? null : steps(n)));
        }

        FileResult result = consolidation.results(campaign.code).stream().filter(r -> r.reference().equals(file.reference))
                .findFirst().orElseThrow();
        ConsolidationRecord record = consolidations.ofFile(file.id).orElseThrow();
        Map<String, ConsolidationService.CriterionResult> means = result.criteria().stream()
                .collect(Collectors.toMap(ConsolidationService.CriterionResult::key, c -> c));
        List<EvaluationReport.CriterionMean> criteria = new ArrayList<>();
        for (Criterion c : campaign.criteria) {
            ConsolidationService.CriterionResult mean = means.get(c.key.name());
            BigDecimal spread = record.criteria.stream().filter(l -> l.criterionKey.equals(c.key.name())).map(l -> l.spread)
                    .findFirst().orElse(null);
            criteria.add(new EvaluationReport.CriterionMean(c.key.name(), c.label, mean == null ? null : mean.mean(),
                    c.threshold, c.threshold == null ? null : mean != null && mean.met(), spread));
        }
        List<BigDecimal> totals = evaluators.stream().map(EvaluationReport.EvaluatorScores::total).toList();
        List<BigDecimal> normalisedTotals = evaluators.stream().map(EvaluationReport.EvaluatorScores::normalisedTotal)
                .filter(java.util.Objects::nonNull).toList();
        EvaluationReport.Consolidated consolidated = new EvaluationReport.Consolidated(criteria, result.rawScore(),
                meanComputation(totals, result.rawScore(), "totaux des évaluateurs"), result.normalisedScore(),
                normalisedTotals.isEmpty() ? "aucun total normalisé\u00a0: la note normalisée reprend la note brute."
                        : meanComputation(normalisedTotals, result.normalisedScore(), "totaux normalisés"),
                result.eligible(), record.disagreement, record.disagreementDetail, record.consensusNote, record.minorityView);

        EvaluationReport.Standing ranking = new EvaluationReport.Standing(campaign.rankingBasis.name(), standing.basisLabel(),
                standing.score(), standing.position(), standing.rankedInTrack(), standing.explanation(), Ranking.TIE_RULES,
                neighbour(standing.above()), neighbour(standing.below()));
        EvaluationReport.Selection selection = new EvaluationReport.Selection(standing.proposedOutcome().name(),
                standing.proposedOutcome().label, standing.outcome().name(), standing.outcome().label, standing.departs(),
                standing.reason().name(), standing.reasonText(), standing.seats(), standing.budgetEuros(),
                file.requestedAmountEuros, standing.waitlistPosition(), standing.motivation());
        return new EvaluationReport(file.reference, campaign.code, campaign.title, file.organisation.legalName,
                file.solutionName, file.track.label, campaign.decisionsApprovedAt, standing.outcome().name(),
                standing.outcome().label, gridView, evaluators, consolidated,
                method(campaign, criteria, consolidated, standing), ranking, selection);
    }

    /**
     * The order in which a file's evaluators are numbered: by a hash of the file's reference and the assignment's id,
     * stable from one reading to the next, unrelated to who the evaluator is, when they were assigned or submitted.
     */
    static String anonymousOrder(String reference, Long assignmentId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((reference + "/" + assignmentId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EvaluationReport.Neighbour neighbour(SelectionStanding.Neighbour n) {
        return n == null ? null : new EvaluationReport.Neighbour(n.position(), n.score(), n.tieRule(), n.tieValues());
    }

    private static EvaluationReport.Normalisation steps(Normalisation.Normalised n) {
        Normalisation.Steps s = n.steps();
        return new EvaluationReport.Normalisation(s.evaluatorFiles(), two(s.evaluatorMean()), two(s.evaluatorSd()), two(s.z()),
                two(s.campaignMean()), two(s.pooledSd()), two(s.full()), two(s.weight()), n.explanation());
    }

    private static BigDecimal two(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** « 100 × (35 × 0,8 + 25 × 0,6 + 20 × 1 + 20 × 0,4) / 100 = 71 », each score placed on 0–1 within its scale. */
    private static String totalComputation(List<ScoreGrid.Criterion> grid, Map<String, BigDecimal> scores, BigDecimal total) {
        BigDecimal weights = grid.stream().map(ScoreGrid.Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        String terms = grid.stream().map(c -> Ranking.points(c.weight()) + " × (" + Ranking.points(scores.get(c.key())) + " − "
                + Ranking.points(c.scaleMin()) + ") / (" + Ranking.points(c.scaleMax()) + " − " + Ranking.points(c.scaleMin()) + ")")
                .collect(Collectors.joining(" + "));
        return "100 × [" + terms + "] / " + Ranking.points(weights) + " = " + Ranking.points(total) + " sur 100";
    }

    private static String meanComputation(List<BigDecimal> values, BigDecimal mean, String what) {
        return "moyenne des " + values.size() + " " + what + ", (" + values.stream().map(Ranking::points)
                .collect(Collectors.joining(" + ")) + ") / " + values.size() + " = " + Ranking.points(mean) + " sur 100 (arrondi au "
                + "centième).";
    }

    /** How the rules were applied to this file, in the order the code applies them, with its figures. */
    private static List<String> method(Campaign campaign, List<EvaluationReport.CriterionMean> criteria,
                                       EvaluationReport.Consolidated consolidated, Standing standing) {
        List<String> lines = new ArrayList<>();
        lines.add("Total de chaque évaluateur\u00a0: chaque note est ramenée entre 0 et 1 sur l’échelle de son critère "
                + "(note − minimum) / (maximum − minimum), puis pondérée\u00a0; le total, sur 100, est 100 × Σ pondération × part "
                + "/ Σ pondérations, arrondi au centième. Le calcul de chaque total est donné avec ses notes.");
        lines.add("Note brute\u00a0: la " + consolidated.rawScoreComputation());
        lines.add("Seuils\u00a0: la moyenne des évaluateurs sur chaque critère, sur l’échelle du critère, est comparée à son seuil. "
                + criteria.stream().map(c -> "«\u00a0" + c.label() + "\u00a0»\u00a0: " + (c.mean() == null ? "—" : Ranking.points(c.mean()))
                + (c.threshold() == null ? ", sans seuil" : Boolean.TRUE.equals(c.thresholdMet())
                ? ", seuil de " + Ranking.points(c.threshold()) + " atteint" : ", seuil de " + Ranking.points(c.threshold()) + " non atteint"))
                .collect(Collectors.joining("\u00a0; ")) + "."
                + (consolidated.eligible() ? " Le dossier est éligible." : " Le dossier n’est pas éligible\u00a0: il n’est pas classé."));
        lines.add("Note normalisée\u00a0: chaque total est corrigé de la sévérité ou de l’indulgence de son évaluateur, calculée sur "
                + "tous les dossiers qu’il a notés dans la campagne\u00a0: z = (total − moyenne de l’évaluateur) / son écart-type "
                + "(0 si cet écart-type est nul), total ramené = moyenne de la campagne + écart-type intra-évaluateur × z, puis "
                + "amorti vers le total brut avec le poids n / (n + " + Normalisation.DAMPING + "), n étant le nombre de dossiers "
                + "de l’évaluateur, et borné entre 0 et 100. "
                + (consolidated.normalisedScoreComputation().startsWith("moyenne") ? "La note normalisée du dossier est la " : "Ici, ")
                + consolidated.normalisedScoreComputation());
        lines.add("Classement\u00a0: les dossiers éligibles de chaque volet sont classés sur la " + standing.basisLabel()
                + ", publiée avec l’appel\u00a0; la note du dossier sur cette base est " + Ranking.points(standing.score())
                + " sur 100. " + Ranking.TIE_RULES);
        lines.add("Sélection\u00a0: la proposition retient, dans chaque volet, les dossiers éligibles dont la somme des notes est la "
                + "plus grande sans dépasser les places ni le budget du volet, dans les bornes des familles fonctionnelles "
                + "(optimisation exacte)\u00a0; le comité décide ensuite, et doit motiver tout écart à la proposition. "
                + standing.reasonText());
        return lines;
    }
}
