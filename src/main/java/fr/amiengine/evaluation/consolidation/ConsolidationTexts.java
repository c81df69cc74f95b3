package fr.amiengine.evaluation.consolidation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the evaluation's results: its dashboard, a file's evaluations and their consolidation, the
 * consensus note; read as {@code {consolidation:name}} in the templates.
 */
@MessageBundle(value = "consolidation", locale = "fr")
public interface ConsolidationTexts {

    @Message("Note commune — dossier {reference}")
    String consensus_title(String reference);

    @Message("Vos notes sont trop éloignées. Rédigez une note commune qui dit ce que le comité retient, et, s’il y en a un, l’avis minoritaire.")
    String consensus_intro();

    @Message("Note commune")
    String consensus_note();

    @Message("Avis minoritaire")
    String consensus_minority();

    @Message("Enregistrer la note commune")
    String consensus_button();

    @Message("Tableau de bord")
    String nav_dashboard();

    @Message("Tableau de bord de l’évaluation — {code}")
    String dashboard_title(String code);

    @Message("Dossiers par état")
    String dashboard_files();

    @Message("Nombre de dossiers dans chaque état")
    String dashboard_files_caption();

    @Message("État")
    String dashboard_col_state();

    @Message("Dossiers")
    String dashboard_col_count();

    @Message("Évaluations\u00a0: {submitted} soumises sur {assignments}, {drafts} {#if drafts < 2}brouillon{#else}brouillons{/if} en cours, {late} en retard.")
    String dashboard_evaluations(long submitted, long assignments, long drafts, long late);

    @Message("Avancement dans le temps")
    String dashboard_chart();

    @Message("Évaluations soumises par jour et cumul")
    String dashboard_chart_caption();

    @Message("Jour")
    String dashboard_col_day();

    @Message("Soumises ce jour")
    String dashboard_col_day_count();

    @Message("Cumul")
    String dashboard_col_cumulative();

    @Message("Aucune évaluation soumise pour l’instant.")
    String dashboard_no_submission();

    @Message("Avancement des membres")
    String dashboard_members();

    @Message("Dossiers confiés, soumis et en retard par membre")
    String dashboard_members_caption();

    @Message("Membre")
    String dashboard_col_member();

    @Message("Confiés")
    String dashboard_col_assigned();

    @Message("Soumis")
    String dashboard_col_submitted();

    @Message("En retard")
    String dashboard_col_late();

    @Message("Désaccords signalés")
    String dashboard_disagreements();

    @Message("Dossiers dont les évaluateurs divergent au-delà de l’écart toléré")
    String dashboard_disagreements_caption();

    @Message("Dossier")
    String dashboard_col_file();

    @Message("Écarts")
    String dashboard_col_detail();

    @Message("Suite")
    String dashboard_col_action();

    @Message("évaluateur supplémentaire désigné")
    String dashboard_third();

    @Message("note commune demandée")
    String dashboard_consensus();

    @Message("Aucun désaccord.")
    String dashboard_no_disagreement();

    @Message("Évaluations du dossier {reference}")
    String evaluations_title(String reference);

    @Message("Résultat consolidé")
    String evaluations_consolidated();

    @Message("Note brute (moyenne des notes globales)\u00a0: {score} sur 100")
    String evaluations_raw(String score);

    @Message("Note normalisée\u00a0: {score} sur 100")
    String evaluations_normalised(String score);

    @Message("Tous les seuils sont atteints.")
    String evaluations_eligible();

    @Message("Un seuil au moins n’est pas atteint\u00a0: le dossier ne peut pas être retenu.")
    String evaluations_not_eligible();

    @Message("Désaccord\u00a0: {detail}")
    String evaluations_disagreement(String detail);

    @Message("Moyennes par critère")
    String evaluations_criteria_caption();

    @Message("Critère")
    String evaluations_col_criterion();

    @Message("Moyenne")
    String evaluations_col_mean();

    @Message("Seuil")
    String evaluations_col_threshold();

    @Message("Écart")
    String evaluations_col_spread();

    @Message("atteint")
    String evaluations_met();

    @Message("non atteint")
    String evaluations_not_met();

    @Message("Note commune\u00a0: {note}")
    String evaluations_consensus(String note);

    @Message("Avis minoritaire\u00a0: {view}")
    String evaluations_minority(String view);

    @Message("Évaluations soumises")
    String evaluations_members();

    @Message("Aucune évaluation soumise.")
    String evaluations_none();

    @Message("Calcul de la note normalisée\u00a0: {explanation}")
    String evaluations_normalisation(String explanation);

    @Message("Affectations du dossier")
    String evaluations_assignments();

    @Message("Rouvrir l’évaluation de {name}")
    String evaluations_reopen(String name);

    @Message("Motif de la réouverture (conservé)")
    String evaluations_reopen_reason();

    @Message("Rouvrir")
    String evaluations_reopen_button();
}
