package fr.amiengine.publication.rules;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the public page of a campaign's rules, read as {@code {regles:name}} in its template. */
@MessageBundle(value = "regles", locale = "fr")
public interface RulesTexts {

    @Message("Règles de la sélection — {title}")
    String rules_page_title(String title);

    @Message("Règles de la sélection")
    String rules_crumb();

    @Message("Version {version}, publiée le {date}{#if version > 1}, complétée de la composition du comité une fois les décisions définitives{#else}, à l’ouverture de l’appel{/if}. Ces règles sont figées\u00a0: elles ne changent plus jusqu’à la décision.")
    String rules_version(int version, String date);

    @Message("Le même document en données ouvertes\u00a0:")
    String rules_open_data();

    @Message("son schéma")
    String rules_json_schema();

    @Message("La grille d’évaluation")
    String rules_grid_title();

    @Message("Poids relatif")
    String rules_col_share();

    @Message("Guide de notation")
    String rules_col_guidance();

    @Message("L’évaluation des dossiers")
    String rules_evaluation_title();

    @Message("Évaluateurs par dossier")
    String rules_evaluators();

    @Message("Désaccord entre évaluateurs")
    String rules_disagreement();

    @Message("Le calcul des notes")
    String rules_aggregation_title();

    @Message("Total d’un évaluateur")
    String rules_total();

    @Message("Note brute du dossier")
    String rules_raw();

    @Message("Note normalisée du dossier")
    String rules_normalised();

    @Message("Note qui classe les dossiers\u00a0: {basis}.")
    String rules_basis(String basis);

    @Message("Le classement et le départage")
    String rules_ranking_title();

    @Message("À note égale, l’ordre est donné successivement par\u00a0:")
    String rules_tie_intro();

    @Message("La sélection sous contraintes")
    String rules_selection_title();

    @Message("Places et budgets des volets")
    String rules_tracks_caption();

    @Message("Volet")
    String rules_col_track();

    @Message("Places")
    String rules_col_seats();

    @Message("Budget")
    String rules_col_budget();

    @Message("sans budget")
    String rules_no_budget();

    @Message("Lauréats par famille fonctionnelle")
    String rules_families_caption();

    @Message("Famille")
    String rules_col_family();

    @Message("Minimum")
    String rules_col_min();

    @Message("Maximum")
    String rules_col_max();

    @Message("aucun")
    String rules_no_bound();

    @Message("Formulation mathématique")
    String rules_objective();

    @Message("Les décisions")
    String rules_decisions_title();

    @Message("Le comité de sélection")
    String rules_committee_title();

    @Message("Les membres du comité qui ont évalué les dossiers, et leur administration. Décisions approuvées le {date}{#if approvedBy} par {approvedBy}{/if}.")
    String rules_committee_intro(String date, String approvedBy);

    @Message("Membre")
    String rules_col_member();

    @Message("Administration")
    String rules_col_administration();

    @Message("Membres du comité de sélection")
    String rules_committee_caption();

    @Message("La composition du comité sera ajoutée à ces règles une fois les décisions définitives.")
    String rules_committee_later();

    @Message("Contact")
    String rules_contact();
}
