package fr.amiengine.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the campaign pages (public page, list and form), read as {@code {camp:name}} in the templates.
 */
@MessageBundle(value = "camp", locale = "fr")
public interface CampaignTexts {

    // Shared by the campaign pages
    @Message("(heure de Paris)")
    String paris_time();

    // Public page of a campaign
    @Message("Ouverture")
    String campaign_opening();

    @Message("Date limite de dépôt")
    String campaign_closing();

    @Message("Évaluateurs par dossier")
    String campaign_evaluators();

    @Message("Votre candidature s’enregistre comme brouillon à chaque étape\u00a0; vous la soumettez quand elle est complète.")
    String campaign_draft_hint();

    @Message("Commencer une candidature")
    String campaign_start();

    @Message("Pour candidater,")
    String campaign_login_prompt();

    @Message("connectez-vous ou créez un compte")
    String campaign_login_link();

    @Message("Grille d’évaluation")
    String campaign_grid_title();

    @Message("Chaque dossier est noté par le comité sur les quatre critères, selon le barème indiqué. Un dossier sous le seuil d’un critère ne peut pas être retenu.")
    String campaign_grid_intro();

    @Message("Les règles complètes de la sélection (calcul des notes, départage, contraintes, méthode) sont publiées depuis l’ouverture de l’appel :")
    String campaign_rules_intro();

    @Message("lire les règles de la sélection")
    String campaign_rules_link();

    @Message("Volets")
    String campaign_tracks_title();

    @Message("Volets de l’appel")
    String campaign_tracks_caption();

    @Message("Volet")
    String campaign_col_track();

    @Message("Places")
    String campaign_col_seats();

    @Message("Budget")
    String campaign_col_budget();

    @Message("sans financement")
    String campaign_no_funding();

    @Message("Familles fonctionnelles")
    String campaign_families_title();

    @Message("Administration")
    String campaign_admin_title();

    @Message("Candidatures de cette campagne")
    String campaign_admin_candidatures();

    @Message("Modifier la campagne")
    String campaign_admin_edit();

    @Message("Données personnelles")
    String campaign_retention_title();

    @Message("Conservées {months} mois après la première publication du panorama.")
    String campaign_retention_period(int months);

    @Message("Effacement prévu le {date}.")
    String campaign_retention_due(String date);

    @Message("Données personnelles effacées le {date} :")
    String campaign_retention_erased(String date);

    @Message("{description} ({rows} ligne(s) modifiée(s))")
    String campaign_retention_line(String description, int rows);

    // Administration: list of campaigns
    @Message("Campagnes — administration")
    String campaigns_page_title();

    @Message("Campagnes")
    String campaigns_title();

    @Message("Créer une campagne")
    String campaigns_create();

    @Message("Toutes les campagnes, brouillons compris")
    String campaigns_caption();

    @Message("Code")
    String campaigns_col_code();

    @Message("Titre")
    String campaigns_col_title();

    @Message("État")
    String campaigns_col_state();

    @Message("Ouverture")
    String campaigns_col_opening();

    @Message("Clôture")
    String campaigns_col_closing();

    @Message("Actions")
    String campaigns_col_actions();

    @Message("Candidatures")
    String campaigns_candidatures();

    @Message("de {code}")
    String campaigns_candidatures_of(String code);

    // Administration: form of a campaign
    @Message("Modifier la campagne {code}")
    String campaign_form_edit_title(String code);

    @Message("Nouvelle campagne")
    String campaign_form_new_title();

    @Message("Modifier {code}")
    String campaign_form_edit_crumb(String code);

    @Message("La campagne reste modifiable tant qu’elle n’est pas ouverte. À sa date d’ouverture, elle s’ouvre automatiquement et sa grille est publiée et figée.")
    String campaign_form_intro();

    @Message("L’appel")
    String campaign_form_call_legend();

    @Message("Code\u00a0:")
    String campaign_form_code_fixed();

    @Message("Code")
    String campaign_form_code_label();

    @Message("Majuscules, chiffres et tirets, par exemple AMI-IA-2026\u00a0; il préfixe les références des candidatures.")
    String campaign_form_code_hint();

    @Message("Titre")
    String campaign_form_title_label();

    @Message("Description")
    String campaign_form_description_label();

    @Message("Contact")
    String campaign_contact();

    @Message("Service à contacter")
    String campaign_form_contact_service_label();

    @Message("Le service de l’administration qui conduit l’appel, par exemple «\u00a0Direction interministérielle du numérique — équipe AMI IA\u00a0»\u00a0; l’accusé de réception le donne aux candidats.")
    String campaign_form_contact_service_hint();

    @Message("Adresse électronique du service")
    String campaign_form_contact_email_label();

    @Message("Qualité du signataire des décisions")
    String campaign_form_signatory_title_label();

    @Message("La fonction de l’administrateur qui approuve les décisions, écrite dans chaque lettre de décision après son prénom et son nom (article L212-1 du code des relations entre le public et l’administration), par exemple « Directrice du programme IA ».")
    String campaign_form_signatory_title_hint();

    @Message("Ouverture (heure de Paris)")
    String campaign_form_opening_label();

    @Message("Date limite de dépôt (heure de Paris)")
    String campaign_form_closing_label();

    @Message("Évaluateurs par dossier")
    String campaign_form_evaluators_label();

    @Message("Durée de conservation des données personnelles (mois)")
    String campaign_form_retention_label();

    @Message("Comptée à partir de la première publication du panorama, de 6 à 120 mois (36 par défaut) : ensuite les "
            + "contacts, les noms des membres et des évaluateurs sont effacés ou remplacés par « Personne 1 », « Personne 2 »…")
    String campaign_form_retention_hint();

    @Message("Grille d’évaluation")
    String campaign_form_grid_legend();

    @Message("Critère {number} — {name}")
    String campaign_form_criterion_legend(int number, String name);

    @Message("Libellé publié")
    String campaign_form_criterion_label_label();

    @Message("Pondération (%)")
    String campaign_form_weight_label();

    @Message("Note minimale")
    String campaign_form_scale_min_label();

    @Message("Note maximale")
    String campaign_form_scale_max_label();

    @Message("Pas")
    String campaign_form_scale_step_label();

    @Message("Seuil")
    String campaign_form_threshold_label();

    @Message("Guide de notation")
    String campaign_form_guidance_label();

    @Message("Volets")
    String campaign_form_tracks_legend();

    @Message("Laissez une ligne vide pour l’ignorer. Un volet sans budget ne demande pas de montant aux candidats.")
    String campaign_form_tracks_hint();

    @Message("Volet {number}")
    String campaign_form_track_legend(int number);

    @Message("Code")
    String campaign_form_track_code_label();

    @Message("Libellé")
    String campaign_form_track_label_label();

    @Message("Places")
    String campaign_form_track_seats_label();

    @Message("Budget (€)")
    String campaign_form_track_budget_label();

    @Message("Familles fonctionnelles")
    String campaign_form_families_legend();

    @Message("Famille {number}")
    String campaign_form_family_legend(int number);

    @Message("Code")
    String campaign_form_family_code_label();

    @Message("Libellé")
    String campaign_form_family_label_label();

    @Message("Minimum de lauréats")
    String campaign_form_family_min_label();

    @Message("Maximum de lauréats")
    String campaign_form_family_max_label();

    @Message("Note qui classe les dossiers")
    String campaign_form_ranking_basis_label();

    @Message("Publiée avec la grille. À note égale\u00a0: le meilleur impact passe devant, puis la meilleure maturité, puis le premier déposé.")
    String campaign_form_ranking_basis_hint();

    @Message("Enregistrer les modifications")
    String campaign_form_save_changes();

    @Message("Créer la campagne")
    String campaign_form_create();
}
