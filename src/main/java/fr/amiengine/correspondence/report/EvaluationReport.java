package fr.amiengine.correspondence.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evaluation of one file as its candidate may obtain it once the decisions are final (CADA; CRPA R311-3-1-2):
 * the evaluators anonymised, nothing of another file but the scores of its two neighbours in the ranking.
 */
@Schema(description = "Les éléments d’évaluation d’un dossier, communiqués à son organisation une fois les décisions "
        + "définitives\u00a0: les notes de chaque évaluateur (anonymisé), les chiffres consolidés, l’application des règles "
        + "au dossier, son rang et la raison de la décision. Aucun nom d’évaluateur, aucune information sur un autre dossier "
        + "hormis les notes des dossiers classés juste devant et juste derrière.")
public record EvaluationReport(
        @Schema(description = "La référence du dossier") String reference,
        @Schema(description = "Le code de la campagne") String campaignCode,
        @Schema(description = "Le titre de la campagne") String campaignTitle,
        @Schema(description = "L’organisation candidate") String organisation,
        @Schema(description = "Le nom de la solution") String solution,
        @Schema(description = "Le volet du dossier") String track,
        @Schema(description = "Quand les décisions de la campagne ont été approuvées par le second administrateur") Instant decidedAt,
        @Schema(description = "La décision\u00a0: RETAINED (retenue), NOT_RETAINED (non retenue) ou WAITLISTED (liste d’attente)") String outcome,
        @Schema(description = "La décision en français") String outcomeLabel,
        @Schema(description = "La grille publiée avec l’appel") List<GridCriterion> grid,
        @Schema(description = "Les évaluations soumises, une par évaluateur, dans un ordre stable qui ne dit rien de leur identité") List<EvaluatorScores> evaluations,
        @Schema(description = "Les chiffres consolidés du dossier") Consolidated consolidation,
        @Schema(description = "Comment les règles ont été appliquées au dossier, en français, avec ses chiffres") List<String> method,
        @Schema(description = "La place du dossier dans le classement de son volet") Standing ranking,
        @Schema(description = "La décision de sélection et sa raison") Selection selection) {

    @Schema(description = "Un critère de la grille")
    public record GridCriterion(
            @Schema(description = "Le code du critère") String criterion,
            @Schema(description = "Le nom du critère") String label,
            @Schema(description = "Sa pondération") BigDecimal weight,
            @Schema(description = "Sa part du total, en pour cent") BigDecimal weightPercent,
            @Schema(description = "La note la plus basse de l’échelle") BigDecimal scaleMin,
            @Schema(description = "La note la plus haute de l’échelle") BigDecimal scaleMax,
            @Schema(description = "Le seuil que la moyenne des évaluateurs doit atteindre, ou null") BigDecimal threshold) {
    }

    @Schema(description = "L’évaluation d’un évaluateur, sous un nom anonyme")
    public record EvaluatorScores(
            @Schema(description = "«\u00a0Évaluateur 1\u00a0», «\u00a0Évaluateur 2\u00a0»…", example = "Évaluateur 1") String evaluator,
            @Schema(description = "Sa note et sa justification sur chaque critère, dans l’ordre de la grille") List<Score> scores,
            @Schema(description = "Son total sur 100\u00a0: la moyenne pondérée de ses notes ramenées chacune entre 0 et 1 sur leur échelle") BigDecimal total,
            @Schema(description = "Le calcul de ce total avec ses chiffres") String totalComputation,
            @Schema(description = "Son total normalisé sur 100, ou null s’il n’entre pas dans la note normalisée") BigDecimal normalisedTotal,
            @Schema(description = "Les étapes de la normalisation de ce total") Normalisation normalisation) {
    }

    @Schema(description = "Une note et sa justification")
    public record Score(
            @Schema(description = "Le code du critère") String criterion,
            @Schema(description = "Le nom du critère") String label,
            @Schema(description = "La note, sur l’échelle du critère") BigDecimal score,
            @Schema(description = "La justification écrite par l’évaluateur") String justification) {
    }

    @Schema(description = "La normalisation d’un total (voir la documentation de l’évaluation, § 6)\u00a0: z = (total − moyenne de "
            + "l’évaluateur) / écart-type de l’évaluateur\u00a0; total ramené = moyenne de la campagne + écart-type intra-évaluateur × z"
            + "\u00a0; poids = n / (n + 3)\u00a0; total normalisé = poids × total ramené + (1 − poids) × total, borné entre 0 et 100")
    public record Normalisation(
            @Schema(description = "Le nombre de dossiers notés par cet évaluateur dans la campagne") int evaluatorFiles,
            @Schema(description = "La moyenne de ses totaux") BigDecimal evaluatorMean,
            @Schema(description = "L’écart-type de ses totaux") BigDecimal evaluatorStandardDeviation,
            @Schema(description = "L’écart réduit z du total (0 quand l’écart-type est nul)") BigDecimal z,
            @Schema(description = "La moyenne de tous les totaux de la campagne") BigDecimal campaignMean,
            @Schema(description = "L’écart-type intra-évaluateur de la campagne") BigDecimal pooledStandardDeviation,
            @Schema(description = "Le total ramené à la moyenne et à l’écart-type de la campagne") BigDecimal rescaled,
            @Schema(description = "Le poids de l’amortissement, n / (n + 3)") BigDecimal weight,
            @Schema(description = "Le calcul en une phrase") String explanation) {
    }

    @Schema(description = "Les chiffres consolidés du dossier")
    public record Consolidated(
            @Schema(description = "La moyenne des évaluateurs sur chaque critère, au regard de son seuil") List<CriterionMean> criteria,
            @Schema(description = "La note brute sur 100\u00a0: la moyenne des totaux des évaluateurs") BigDecimal rawScore,
            @Schema(description = "Son calcul avec ses chiffres") String rawScoreComputation,
            @Schema(description = "La note normalisée sur 100\u00a0: la moyenne des totaux normalisés") BigDecimal normalisedScore,
            @Schema(description = "Son calcul avec ses chiffres") String normalisedScoreComputation,
            @Schema(description = "Le dossier atteint le seuil de chaque critère") boolean eligible,
            @Schema(description = "Les évaluateurs étaient en désaccord au-delà de l’écart admis") boolean disagreement,
            @Schema(description = "Le détail du désaccord, ou null") String disagreementDetail,
            @Schema(description = "La note commune que les évaluateurs ont rédigée pour le comité après un désaccord, ou null") String consensusNote,
            @Schema(description = "L’avis minoritaire joint à la note commune, ou null") String minorityView) {
    }

    @Schema(description = "La moyenne d’un critère")
    public record CriterionMean(
            @Schema(description = "Le code du critère") String criterion,
            @Schema(description = "Le nom du critère") String label,
            @Schema(description = "La moyenne des évaluateurs, sur l’échelle du critère") BigDecimal mean,
            @Schema(description = "Le seuil, ou null") BigDecimal threshold,
            @Schema(description = "Le seuil est atteint (null sans seuil)") Boolean thresholdMet,
            @Schema(description = "L’écart entre la note la plus haute et la plus basse") BigDecimal spread) {
    }

    @Schema(description = "La place du dossier dans son volet")
    public record Standing(
            @Schema(description = "La note qui classe, publiée avec l’appel\u00a0: RAW (brute) ou NORMALISED (normalisée)") String basis,
            @Schema(description = "Cette note en français") String basisLabel,
            @Schema(description = "La note du dossier sur cette base, sur 100") BigDecimal score,
            @Schema(description = "Le rang parmi les dossiers éligibles du volet, ou null pour un dossier sous un seuil") Integer position,
            @Schema(description = "Le nombre de dossiers éligibles classés dans le volet") int rankedInTrack,
            @Schema(description = "L’explication du rang") String explanation,
            @Schema(description = "Les règles de départage publiées") String tieRules,
            @Schema(description = "Le dossier classé juste devant (son rang et sa note seulement), ou null") Neighbour above,
            @Schema(description = "Le dossier classé juste derrière (son rang et sa note seulement), ou null") Neighbour below) {
    }

    @Schema(description = "Un dossier voisin dans le classement, sans nom ni référence")
    public record Neighbour(
            @Schema(description = "Son rang") int position,
            @Schema(description = "Sa note sur la base du classement") BigDecimal score,
            @Schema(description = "À note égale, la règle de départage qui les a séparés, ou null") String tieRule,
            @Schema(description = "Les valeurs comparées par cette règle (celle du dossier, puis celle du voisin), ou null") String tieValues) {
    }

    @Schema(description = "La décision de sélection et ce qui l’a déterminée")
    public record Selection(
            @Schema(description = "Ce que la proposition calculée prévoyait") String proposedOutcome,
            @Schema(description = "La proposition en français") String proposedOutcomeLabel,
            @Schema(description = "La décision définitive") String outcome,
            @Schema(description = "La décision en français") String outcomeLabel,
            @Schema(description = "Le comité s’est écarté de la proposition") boolean departsFromProposal,
            @Schema(description = "Ce qui a déterminé la décision\u00a0: THRESHOLD (seuil), SEATS (places du volet), BUDGET (budget du volet), "
                    + "FAMILY_BOUNDS (bornes des familles fonctionnelles), COMMITTEE (décision du comité), UNRECORDED (non enregistré)") String reason,
            @Schema(description = "Cette raison en français, avec les chiffres du dossier") String reasonText,
            @Schema(description = "Les places du volet") int seats,
            @Schema(description = "Le budget du volet en euros, ou null") Long budgetEuros,
            @Schema(description = "Le montant demandé en euros, ou null") Long requestedAmountEuros,
            @Schema(description = "La position sur la liste d’attente du volet, ou null") Integer waitlistPosition,
            @Schema(description = "La motivation écrite de la décision") String motivation) {
    }
}
