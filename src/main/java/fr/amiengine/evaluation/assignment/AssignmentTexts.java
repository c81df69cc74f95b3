package fr.amiengine.evaluation.assignment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the assignment page, read as {@code {assignment:name}} in the templates.
 */
@MessageBundle(value = "assignment", locale = "fr")
public interface AssignmentTexts {

    @Message("Affectation")
    String nav_assignment();

    @Message("Affectation — {code}")
    String assignment_title(String code);

    @Message("L’affectation automatique donne à chaque dossier recevable le nombre d’évaluateurs prévu, sans conflit d’intérêts, en équilibrant les charges et en préférant les experts de la famille\u00a0: parmi toutes les répartitions possibles, elle retient la meilleure. Vérifiez-la, changez un membre si besoin, puis publiez-la.")
    String assignment_intro();

    @Message("Affectation publiée\u00a0; échéance des évaluations\u00a0: {date}.")
    String assignment_released(String date);

    @Message("Dernière affectation automatique impossible\u00a0: {note}")
    String assignment_note(String note);

    @Message("Membres sans déclaration d’intérêts, donc sans dossier\u00a0: {names}")
    String assignment_undeclared(String names);

    @Message("Lancer l’affectation automatique")
    String assignment_run();

    @Message("Calcul de l’affectation en cours… (démarré il y a {seconds} s). Cette page se met à jour d’elle-même.")
    String assignment_calculating(long seconds);

    @Message("Charges")
    String assignment_loads();

    @Message("Dossiers par membre")
    String assignment_loads_caption();

    @Message("Membre")
    String assignment_col_member();

    @Message("Dossiers")
    String assignment_col_files();

    @Message("Dossiers")
    String assignment_files();

    @Message("{#if total == 0}Aucun dossier{#else if total == 1}1 dossier affecté{#else if first == 1 && last == total}{total} dossiers affectés{#else}{total} dossiers affectés, {first} à {last} sur cette page{/if}")
    String assignment_files_caption(long total, long first, long last);

    @Message("Rechercher un dossier (référence, organisation ou solution)")
    String assignment_search();

    @Message("Les accents et les majuscules sont ignorés.")
    String assignment_search_hint();

    @Message("Rechercher")
    String assignment_search_button();

    @Message("Aucun dossier ne correspond à cette recherche.")
    String assignment_search_none();

    @Message("Dossier")
    String assignment_col_file();

    @Message("Évaluateurs et raison du choix")
    String assignment_col_evaluators();

    @Message("expert")
    String assignment_expert();

    @Message("Remplacer")
    String assignment_change();

    @Message("Confier à")
    String assignment_change_label();

    @Message("Publier l’affectation")
    String assignment_release();

    @Message("Échéance des évaluations (heure de Paris)")
    String assignment_due();

    @Message("Publier aux évaluateurs")
    String assignment_release_button();

    @Message("Aucune affectation pour l’instant\u00a0: invitez les membres, attendez leurs déclarations, puis lancez l’affectation automatique.")
    String assignment_none();
}
