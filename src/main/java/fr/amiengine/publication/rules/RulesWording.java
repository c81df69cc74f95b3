package fr.amiengine.publication.rules;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.Criterion;
import java.math.BigDecimal;
import java.util.List;

/**
 * The French sentences of the published rules, each saying what the code does (the class named in each comment).
 * They are data of the document, frozen with it, not texts of a page: a later change of a sentence here does not
 * change a version already published.
 */
final class RulesWording {

    static final String LEGAL_BASIS = "Règles du traitement algorithmique utilisé pour les décisions individuelles de "
            + "sélection, publiées en application de l’article L312-1-3 du code des relations entre le public et "
            + "l’administration. Chaque candidat peut obtenir la manière dont elles ont été appliquées à son dossier "
            + "(articles L311-3-1 et R311-3-1-2 du même code).";

    // ScoreGrid, the evaluators' form
    static final String SCORING = "Chaque évaluateur note chaque critère sur son barème (du minimum au maximum, par le pas "
            + "indiqué), avec une justification écrite par critère.";

    // Consolidation, Ranking
    static final String THRESHOLDS = "Pour chaque critère assorti d’un seuil, la moyenne des notes des évaluateurs du "
            + "dossier sur ce critère, sur le barème du critère et arrondie au centième, est comparée au seuil\u00a0: un "
            + "dossier dont une moyenne est sous le seuil n’est pas éligible, n’est pas classé et ne peut pas être retenu, "
            + "quelle que soit sa note globale.";

    static final String BLINDNESS = "Un évaluateur ne voit aucune note d’un dossier, ni aucun chiffre tiré des notes des "
            + "autres, avant d’avoir soumis la sienne.";

    // AssignmentSolver, ConflictRules
    static String assignment(int evaluatorsPerFile) {
        return "Chaque dossier recevable est confié à " + evaluatorsPerFile + " évaluateur" + (evaluatorsPerFile > 1 ? "s distincts" : "")
                + ", jamais à un évaluateur en conflit d’intérêts (lien déclaré avec l’organisation candidate, compte agissant "
                + "pour elle, administration d’origine). L’affectation est calculée exactement (flot de coût minimal)\u00a0: "
                + "charges aussi égales que possible, puis le plus d’évaluateurs experts de la famille fonctionnelle du dossier.";
    }

    // Consolidation (gap strictly above spread × (max − min)), ReassignmentService
    static String disagreement(Campaign c, boolean consensus) {
        String percent = plain(c.disagreementSpread.multiply(BigDecimal.valueOf(100)));
        List<Criterion> criteria = c.criteria;
        boolean sameScale = criteria.stream().allMatch(k -> k.scaleMin.compareTo(criteria.get(0).scaleMin) == 0
                && k.scaleMax.compareTo(criteria.get(0).scaleMax) == 0);
        BigDecimal allowed = criteria.isEmpty() ? BigDecimal.ZERO
                : c.disagreementSpread.multiply(criteria.get(0).scaleMax.subtract(criteria.get(0).scaleMin));
        String points = sameScale && !criteria.isEmpty()
                ? " (soit " + plain(allowed) + (allowed.compareTo(BigDecimal.valueOf(2)) < 0 ? " point" : " points")
                + " sur un barème de " + plain(criteria.get(0).scaleMin) + " à " + plain(criteria.get(0).scaleMax) + ")"
                : "";
        return "Pour chaque critère, l’écart entre la note la plus haute et la plus basse des évaluateurs d’un dossier est "
                + "comparé à " + percent + "\u00a0% de l’amplitude du barème du critère" + points + "\u00a0: un écart "
                + "strictement supérieur signale un désaccord. " + (consensus
                ? "Les évaluateurs du dossier rédigent alors une note commune, avec l’avis minoritaire le cas échéant\u00a0; "
                + "le signalement reste visible du comité."
                : "Un évaluateur supplémentaire, libre de conflit et le moins chargé, est alors désigné automatiquement, une "
                + "fois par dossier, et le dossier est consolidé à nouveau avec toutes ses évaluations\u00a0; si le désaccord "
                + "persiste, ou si personne n’est disponible, le signalement reste pour le comité.");
    }

    // ScoreGrid.total
    static final String TOTAL_FORMULA = "total = 100 × Σᵢ poidsᵢ × (noteᵢ − minᵢ) / (maxᵢ − minᵢ) / Σᵢ poidsᵢ";
    static final String TOTAL = "Le total d’un évaluateur sur un dossier, sur 100\u00a0: chaque note est ramenée entre 0 et 1 "
            + "sur le barème de son critère, puis pondérée par le poids du critère\u00a0; arrondi au centième.";

    // Consolidation.consolidate
    static final String RAW_FORMULA = "note brute = (Σₑ totalₑ) / nombre d’évaluateurs du dossier";
    static final String RAW = "La moyenne pondérée brute\u00a0: la moyenne arithmétique des totaux des évaluateurs du "
            + "dossier, arrondie au centième.";

    // Normalisation.normalise, ConsolidationService.results
    static final String NORMALISED_FORMULA = "z = (total − mₑ) / sₑ (0 si sₑ = 0)\u00a0; complète = M + S × z\u00a0; "
            + "w = nₑ / (nₑ + 3)\u00a0; normalisé = w × complète + (1 − w) × total, borné entre 0 et 100\u00a0; "
            + "note normalisée du dossier = moyenne des totaux normalisés de ses évaluateurs";
    static final String NORMALISED = "Corrige la sévérité ou l’indulgence propre à chaque évaluateur, calculée sur toutes les "
            + "évaluations soumises de la campagne\u00a0: mₑ et sₑ sont la moyenne et l’écart-type des totaux de "
            + "l’évaluateur sur ses nₑ dossiers\u00a0; M est la moyenne de tous les totaux de la campagne et S l’écart-type "
            + "intra-évaluateur groupé, √(Σₑ nₑ × sₑ² / Σₑ nₑ). Un évaluateur qui a noté peu de dossiers renseigne peu sur "
            + "sa propre sévérité\u00a0: son total normalisé est amorti vers son total brut avec le poids w (un dossier\u00a0: "
            + "75\u00a0% du total brut gardé\u00a0; douze dossiers\u00a0: 20\u00a0%). La note normalisée du dossier est "
            + "arrondie au centième. Le classement à l’intérieur des dossiers d’un même évaluateur ne change pas.";

    // SelectionService.rank
    static final String RANKS_RAW = "Le classement suit la note brute. La note normalisée est calculée et montrée au comité "
            + "à côté, pour information\u00a0: elle ne change pas le classement.";
    static final String RANKS_NORMALISED = "Le classement suit la note normalisée. La note brute est montrée au comité à "
            + "côté\u00a0; les seuils s’appliquent aux moyennes des notes, non corrigées.";

    static final String RANKING_SCOPE = "Chaque volet est classé séparément, parmi ses dossiers éligibles.";

    // Ranking.ORDER
    static List<String> tieRules(String impact, String maturity) {
        return List.of(
                "la note de classement la plus haute (au centième), selon la base publiée",
                "à note égale, la moyenne la plus haute sur le critère «\u00a0" + impact + "\u00a0»",
                "puis la moyenne la plus haute sur le critère «\u00a0" + maturity + "\u00a0»",
                "puis le dossier déposé le premier (date et heure de la soumission)",
                "enfin la référence du dossier, dans l’ordre alphabétique, pour que l’ordre soit total");
    }

    // SelectionSolver
    static final String METHOD = "La proposition de sélection est calculée exactement, comme un programme linéaire en "
            + "nombres entiers 0-1 (solveur CP-SAT de Google OR-Tools)\u00a0: chaque dossier éligible est retenu ou non\u00a0; "
            + "la somme des notes de classement des dossiers retenus est la plus grande possible sous les contraintes de "
            + "places et de budget de chaque volet et de minimum et de maximum de lauréats de chaque famille "
            + "fonctionnelle\u00a0; à total égal, la sélection qui retient les dossiers les mieux classés l’emporte. Avec les "
            + "seules places, c’est exactement la tête du classement de chaque volet. Ce que chaque contrainte a changé "
            + "par rapport au seul classement est écrit dossier par dossier. Les dossiers éligibles suivants peuvent être "
            + "inscrits sur la liste d’attente de leur volet. Si les contraintes ne peuvent pas être toutes tenues, rien "
            + "n’est proposé et la raison est donnée.";
    static final String OBJECTIVE = "maximiser Σᵢ wᵢ × xᵢ, xᵢ ∈ {0, 1}, wᵢ = note en centièmes × (n + 1) + (n − rangᵢ) "
            + "(n dossiers éligibles)\u00a0; sous Σ_{i du volet t} xᵢ ≤ places(t), Σ_{i du volet t} montantᵢ × xᵢ ≤ budget(t), "
            + "min(f) ≤ Σ_{i de la famille f} xᵢ ≤ max(f)";

    // DecisionService
    static final String DECISIONS = "Le comité ajuste la proposition dossier par dossier, avec une motivation écrite, "
            + "obligatoire pour un refus et pour tout écart à la proposition\u00a0; un dossier sous un seuil ne peut pas "
            + "être retenu. Les décisions ne deviennent définitives qu’une fois approuvées par un second administrateur, "
            + "qui ne les a ni soumises ni modifiées (principe des quatre yeux).";

    private RulesWording() {
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
