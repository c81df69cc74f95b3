package fr.amiengine.export;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.Criterion;
import fr.amiengine.campaign.RankingBasis;
import fr.amiengine.evaluation.assignment.AssignmentState;
import fr.amiengine.evaluation.consolidation.ConsolidationService.FileResult;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.Normalisation;
import fr.amiengine.evaluation.scoring.Evaluation;
import fr.amiengine.evaluation.scoring.EvaluationRepository;
import fr.amiengine.evaluation.scoring.EvaluationScore;
import fr.amiengine.evaluation.scoring.EvaluationState;
import fr.amiengine.evaluation.scoring.ScoreGrid;
import fr.amiengine.export.ExportTable.Column;
import fr.amiengine.identity.Actor;
import fr.amiengine.selection.Decision;
import fr.amiengine.selection.DecisionRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.submission.solution.SolutionSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrators' exports of a campaign (see docs/exports.md): the files as declared, the submitted evaluations
 * with the consolidated scores, the committee's decisions. Each export is read in one transaction, so that the
 * three sheets of the workbook agree, and holds plain values only: the writers stream it after the transaction.
 */
@ApplicationScoped
public class ExportService {

    /** What can be exported, with the word that names its file. */
    public enum Dataset {
        CANDIDATURES("candidatures"),
        EVALUATIONS("evaluations"),
        DECISIONS("decisions");

        public final String fileWord;

        Dataset(String fileWord) {
            this.fileWord = fileWord;
        }

        /** The table named in an export's address ({@code candidatures}, {@code evaluations}, {@code decisions}). */
        public static Dataset of(String fileWord) {
            return Enums.byKey(values(), d -> d.fileWord, fileWord)
                    .orElseThrow(() -> fr.amiengine.shared.AmiException.notFound("Aucun export «\u00a0" + fileWord + "\u00a0»."));
        }
    }

    /**
     * What is downloaded.
     *
     * @param baseName the file name without its extension, e.g. {@code AMI-IA-2024-candidatures}
     */
    public record Export(String baseName, List<ExportTable> tables) {
    }

    /** How many lines each export of a campaign has, for the links of the pages. */
    public record Sizes(long candidatures, long evaluations, long decisions) {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    DecisionRepository decisions;

    @Inject
    ConsolidationService consolidation;

    /** One export of a campaign. */
    @Transactional
    public Export export(Actor actor, String code, Dataset dataset) {
        Campaign campaign = readableCampaign(actor, code);
        return new Export(campaign.code + "-" + dataset.fileWord, List.of(table(campaign, dataset)));
    }

    /** The three exports of a campaign, one sheet each. */
    @Transactional
    public Export workbook(Actor actor, String code) {
        Campaign campaign = readableCampaign(actor, code);
        return new Export(campaign.code + "-campagne", Arrays.stream(Dataset.values()).map(d -> table(campaign, d)).toList());
    }

    /** Lines of each export; callers are administrators (the page is theirs). */
    public Sizes sizes(String code) {
        return new Sizes(candidatures.count("campaign.code = ?1 and state <> ?2", code, CandidatureState.DRAFT),
                evaluations.count("assignment.campaign.code = ?1 and assignment.state <> ?2 and state = ?3", code,
                        AssignmentState.RECUSED, EvaluationState.SUBMITTED),
                decisions.count("campaign.code", code));
    }

    /**
     * Blind rules: an export holds every member's scores, so only administrators get one; an evaluator must not read
     * the others' scores through it, whatever the door.
     */
    private Campaign readableCampaign(Actor actor, String code) {
        if (!actor.isAdmin()) {
            throw AmiException.forbidden("Les exports sont réservés aux administrateurs\u00a0: ils contiennent les notes de tous "
                    + "les évaluateurs.");
        }
        return campaigns.getByCode(code);
    }

    private ExportTable table(Campaign campaign, Dataset dataset) {
        return switch (dataset) {
            case CANDIDATURES -> candidatures(campaign);
            case EVALUATIONS -> evaluations(campaign);
            case DECISIONS -> decisions(campaign);
        };
    }

    /** Every file that is not a draft, with what its organisation declared. */
    private ExportTable candidatures(Campaign campaign) {
        List<Column> columns = List.of(col("Référence", 22), col("État", 16), col("Organisation", 30), col("SIREN", 11),
                col("Nature de l’organisation", 22), col("Volet", 24), col("Famille fonctionnelle", 28),
                col("Nom de la solution", 28), col("Résumé", 60), col("Maturité déclarée", 28),
                col("API", 40), col("Standards", 30), col("Fédération d’identité", 24), col("Modes de déploiement", 36),
                col("Conforme au RGPD", 12), col("Hébergement des données", 24), col("Qualifications de sécurité", 36),
                col("Accessibilité (RGAA)", 30), col("Références publiques", 40), col("Montant demandé (euros)", 14),
                col("Contact\u00a0: nom", 24), col("Contact\u00a0: courriel", 30), col("Contact\u00a0: téléphone", 18),
                col("Déposée le (heure de Paris)", 20));
        List<List<Object>> rows = new ArrayList<>();
        for (Candidature c : candidatures.ofCampaign(campaign.code, null, null, null)) {
            if (c.state == CandidatureState.DRAFT) {
                continue;
            }
            SolutionSheet sheet = c.solution;
            rows.add(Arrays.asList(c.reference, c.state.label, c.organisation.legalName, c.organisation.siren,
                    c.organisation.kind.label, c.track == null ? null : c.track.label, c.family == null ? null : c.family.label,
                    c.solutionName, sheet.summary, sheet.maturityLevel == null ? null : sheet.maturityLevel.label,
                    sheet.apis, sheet.standards, sheet.identityFederation, labels(sheet.deploymentModes, m -> m.label),
                    sheet.gdprCompliant, sheet.hostingLocation == null ? null : sheet.hostingLocation.label,
                    labels(sheet.securityQualifications, q -> q.label),
                    sheet.accessibilityLevel == null ? null : sheet.accessibilityLevel.label, sheet.publicReferences,
                    c.requestedAmountEuros, sheet.contactName, sheet.contactEmail, sheet.contactPhone, c.submittedAt));
        }
        return new ExportTable("Candidatures", columns, rows);
    }

    /**
     * The submitted evaluations, one line each, with the consolidated scores of their file. A draft is not an
     * evaluation yet: it is never exported (blind rules), and a file's consolidated scores appear only once the
     * file is consolidated.
     */
    private ExportTable evaluations(Campaign campaign) {
        List<Criterion> grid = campaign.criteria;
        List<Column> columns = new ArrayList<>(List.of(col("Référence", 22), col("Organisation", 30), col("Solution", 28),
                col("Volet", 24), col("Évaluateur", 24), col("Identifiant de l’évaluateur", 16),
                col("Administration de l’évaluateur", 28), col("Soumise le (heure de Paris)", 20)));
        for (Criterion c : grid) {
            columns.add(col(c.label + "\u00a0: note sur " + plain(c.scaleMax), 16));
            columns.add(col(c.label + "\u00a0: justification", 50));
        }
        columns.addAll(List.of(col("Total de l’évaluateur sur 100 (brut)", 14),
                col("Total de l’évaluateur sur 100 (normalisé)", 14), col("Note brute du dossier sur 100", 14),
                col("Note normalisée du dossier sur 100", 14), col("Dossier au-dessus des seuils", 14)));

        List<Evaluation> submitted = submittedWithScores(campaign.code);
        Map<Long, Normalisation.Normalised> normalised = consolidation.normalised(campaign.code);
        Map<String, FileResult> results = results(campaign.code);
        List<ScoreGrid.Criterion> consolidationGrid = grid.stream().map(c -> new ScoreGrid.Criterion(c.key.name(),
                c.label, c.weight, c.scaleMin, c.scaleMax, c.threshold)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation v : submitted) {
            Candidature file = v.assignment.candidature;
            List<Object> row = new ArrayList<>(Arrays.asList(file.reference, file.organisation.legalName, file.solutionName,
                    file.track == null ? null : file.track.label, v.assignment.evaluator.displayName,
                    v.assignment.evaluator.username, v.assignment.evaluator.administration, v.submittedAt));
            Map<String, BigDecimal> scores = new HashMap<>();
            for (Criterion c : grid) {
                EvaluationScore score = v.score(c.key.name()).orElse(null);
                row.add(score == null ? null : score.score);
                row.add(score == null ? null : score.justification);
                if (score != null && score.score != null) {
                    scores.put(c.key.name(), score.score);
                }
            }
            Normalisation.Normalised n = normalised.get(v.assignment.id);
            FileResult result = results.get(file.reference);
            row.add(scores.size() == grid.size() ? ScoreGrid.total(consolidationGrid, scores) : null);
            row.add(n == null ? null : BigDecimal.valueOf(n.normalised()).setScale(2, RoundingMode.HALF_UP));
            row.add(result == null ? null : result.rawScore());
            row.add(result == null ? null : result.normalisedScore());
            row.add(result == null ? null : result.eligible());
            rows.add(row);
        }
        return new ExportTable("Évaluations", columns, rows);
    }

    /**
     * The submitted evaluations of the campaign's active assignments, by file then in the order they were submitted.
     * Their scores are read in the same query: the consolidation reads the same entities afterwards without one query
     * per evaluation.
     */
    private List<Evaluation> submittedWithScores(String code) {
        return evaluations.find("select distinct v from Evaluation v left join fetch v.scores join fetch v.assignment a "
                        + "join fetch a.candidature c join fetch c.organisation left join fetch c.track join fetch a.evaluator "
                        + "where a.campaign.code = ?1 and a.state <> ?2 and v.state = ?3", code, AssignmentState.RECUSED,
                        EvaluationState.SUBMITTED).list().stream()
                .sorted(Comparator.<Evaluation, String>comparing(v -> v.assignment.candidature.reference)
                        .thenComparing(v -> v.submittedAt).thenComparing(v -> v.assignment.id))
                .toList();
    }

    /** The committee's decisions, track by track in rank order, with who decided, submitted and approved. */
    private ExportTable decisions(Campaign campaign) {
        String basis = campaign.rankingBasis == RankingBasis.NORMALISED ? "note normalisée" : "note brute";
        List<Column> columns = List.of(col("Volet", 24), col("Rang dans le volet", 10), col("Référence", 22),
                col("Organisation", 30), col("SIREN", 11), col("Solution", 28), col("Famille fonctionnelle", 28),
                col("Note de classement sur 100 (" + basis + ")", 14), col("Note brute du dossier sur 100", 14),
                col("Note normalisée du dossier sur 100", 14), col("Au-dessus des seuils", 12),
                col("Montant demandé (euros)", 14), col("Proposition", 16), col("Décision", 16),
                col("Écart à la proposition", 12), col("Motivation", 60), col("Explication du rang", 60),
                col("Décision saisie par", 18), col("Décision saisie le (heure de Paris)", 20),
                col("Décisions soumises par", 18), col("Soumises le (heure de Paris)", 20), col("Approuvées par", 18),
                col("Approuvées le (heure de Paris)", 20), col("Décision définitive", 12));
        Map<String, FileResult> results = results(campaign.code);
        List<List<Object>> rows = new ArrayList<>();
        for (Decision d : decisions.ofCampaign(campaign.code)) {
            Candidature file = d.candidature;
            FileResult result = results.get(file.reference);
            rows.add(Arrays.asList(file.track.label, d.rankPosition, file.reference, file.organisation.legalName,
                    file.organisation.siren, file.solutionName, file.family == null ? null : file.family.label, d.score,
                    result == null ? null : result.rawScore(), result == null ? null : result.normalisedScore(), d.eligible,
                    d.requestedAmount, d.proposedOutcome.label, d.outcome.label, d.departs, d.motivation, d.rankExplanation,
                    d.updatedBy, d.updatedAt, campaign.decisionsSubmittedByName, campaign.decisionsSubmittedAt,
                    campaign.decisionsApprovedBy, campaign.decisionsApprovedAt, d.finalised));
        }
        return new ExportTable("Décisions", columns, rows);
    }

    private Map<String, FileResult> results(String code) {
        return consolidation.results(code).stream().collect(Collectors.toMap(FileResult::reference, Function.identity()));
    }

    private static Column col(String header, int width) {
        return new Column(header, width);
    }

    private static <E extends Enum<E>> String labels(Set<E> values, Function<E, String> label) {
        return values.isEmpty() ? null : values.stream().sorted().map(label).collect(Collectors.joining(", "));
    }

    /** « 5 », « 2,5 ». */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
