package fr.amiengine.correspondence.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the candidate's page « Éléments d’évaluation », read as {@code {rep:name}} in its template. */
@MessageBundle(value = "rep", locale = "fr")
public interface EvaluationReportTexts {

    @Message("Éléments d’évaluation — {reference}")
    String title(String reference);

    @Message("Éléments d’évaluation")
    String crumb();

    @Message("Pas encore disponibles")
    String pending_title();

    @Message("Cette page vous communique l’évaluation de votre dossier\u00a0: les notes et justifications de chaque évaluateur, les chiffres consolidés, et la manière dont les règles de l’appel (moyenne pondérée, normalisation, seuils, classement, sélection sous contraintes) ont été appliquées à votre dossier (code des relations entre le public et l’administration, articles L311-3-1 et R311-3-1-2). Les évaluateurs sont désignés par un numéro\u00a0; leur identité n’est pas communiquée.")
    String intro();

    @Message("Décision\u00a0: {outcome}, devenue définitive le {date}.")
    String decision(String outcome, String date);

    @Message("Télécharger la communication des éléments d’évaluation (PDF)")
    String pdf();

    @Message("La grille d’évaluation")
    String grid();

    @Message("Les critères, leur pondération, leur échelle et leur seuil, publiés avec l’appel")
    String grid_caption();

    @Message("Critère")
    String col_criterion();

    @Message("Pondération")
    String col_weight();

    @Message("Échelle")
    String col_scale();

    @Message("Seuil")
    String col_threshold();

    @Message("Note")
    String col_score();

    @Message("Justification")
    String col_justification();

    @Message("Moyenne")
    String col_mean();

    @Message("Seuil atteint")
    String col_met();

    @Message("Écart entre évaluateurs")
    String col_spread();

    @Message("{min} à {max}")
    String scale(String min, String max);

    @Message("atteint")
    String met();

    @Message("non atteint")
    String not_met();

    @Message("Les notes de chaque évaluateur")
    String evaluators();

    @Message("{name}\u00a0: notes et justifications")
    String evaluator_caption(String name);

    @Message("Total\u00a0: {total} sur 100. Calcul\u00a0: {computation}")
    String evaluator_total(String total, String computation);

    @Message("Total normalisé\u00a0: {total} sur 100. Calcul\u00a0: {explanation}")
    String evaluator_normalised(String total, String explanation);

    @Message("Les chiffres consolidés")
    String consolidated();

    @Message("La moyenne des évaluateurs sur chaque critère, au regard de son seuil")
    String means_caption();

    @Message("Note brute\u00a0: {score} sur 100")
    String raw(String score);

    @Message("Note normalisée\u00a0: {score} sur 100")
    String normalised(String score);

    @Message("Les évaluateurs étaient en désaccord au-delà de l’écart admis\u00a0: {detail}")
    String disagreement(String detail);

    @Message("Note commune des évaluateurs")
    String consensus();

    @Message("Avis minoritaire")
    String minority();

    @Message("Comment les règles ont été appliquées à votre dossier")
    String method();

    @Message("Classement")
    String ranking();

    @Message("Rang\u00a0: {position} sur {count} dans le volet «\u00a0{track}\u00a0», avec {score} sur 100 ({basis}).")
    String rank(String position, int count, String track, String score, String basis);

    @Message("Non classé\u00a0: le dossier n’atteint pas le seuil d’un critère ({score} sur 100, {basis}).")
    String unranked(String score, String basis);

    @Message("Dossier classé juste devant\u00a0: {position}, {score} sur 100.")
    String above(String position, String score);

    @Message("Dossier classé juste derrière\u00a0: {position}, {score} sur 100.")
    String below(String position, String score);

    @Message("Même note\u00a0: départagés par {rule}{#if values} ({values}){/if}.")
    String tie(String rule, String values);

    @Message("Règles de départage publiées avec l’appel\u00a0: {rules}")
    String tie_rules(String rules);

    @Message("Décision de sélection")
    String selection();

    @Message("Proposition calculée\u00a0: {proposed}. Décision\u00a0: {outcome}.")
    String proposed(String proposed, String outcome);

    @Message("Motivation de la décision")
    String motivation();

    @Message("Les notes des autres dossiers ne sont pas communiquées, à l’exception de celles des dossiers classés juste devant et juste derrière le vôtre, sans leur nom ni leur référence.")
    String withheld();

    @Message("Voir les éléments d’évaluation de votre dossier")
    String link();
}
