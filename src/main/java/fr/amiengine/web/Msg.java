package fr.amiengine.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the pages, in one place. Templates read them as {@code {msg:name}}; the texts of the
 * business rules themselves (errors, states) come from the services.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {

    // Layout
    @Message("AMI Engine")
    String service_name();

    @Message("Appels à manifestation d'intérêt de l'État")
    String service_tagline();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Menu principal")
    String main_menu();

    @Message("Fil d'Ariane")
    String breadcrumb();

    @Message("Accueil")
    String nav_home();

    @Message("Mon espace")
    String nav_space();

    @Message("Administration")
    String nav_admin();

    @Message("Mes évaluations")
    String nav_evaluation();

    @Message("Se connecter")
    String login();

    @Message("Se déconnecter")
    String logout();

    @Message("Connecté : {name}")
    String logged_in_as(String name);

    @Message("AMI Engine — service de gestion des appels à manifestation d'intérêt. Aucune ressource n'est chargée depuis un site tiers.")
    String footer_text();

    @Message("Documentation de l'API")
    String footer_api();

    @Message("Accessibilité : conformité RGAA vérifiée par des tests automatiques (axe-core)")
    String footer_accessibility();

    // Common
    @Message("Enregistrer")
    String save();

    @Message("Enregistrer et continuer")
    String save_and_continue();

    @Message("Annuler")
    String cancel();

    @Message("Retour")
    String back();

    @Message("Le formulaire contient {count} erreur(s)")
    String form_errors_title(int count);

    @Message("(facultatif)")
    String optional();

    // Notices after a redirect
    @Message("Votre brouillon est créé. Vous pouvez le compléter en plusieurs fois : chaque section est enregistrée.")
    String notice_draft_created();

    @Message("Section enregistrée.")
    String notice_section_saved();

    @Message("La pièce jointe est ajoutée.")
    String notice_attachment_added();

    @Message("La pièce jointe est supprimée.")
    String notice_attachment_removed();

    @Message("Votre candidature est retirée.")
    String notice_withdrawn();

    @Message("Votre organisation est enregistrée.")
    String notice_organisation_declared();

    @Message("La campagne est créée. Elle s'ouvrira automatiquement à sa date d'ouverture.")
    String notice_campaign_created();

    @Message("La campagne est modifiée.")
    String notice_campaign_updated();

    @Message("La décision de recevabilité est enregistrée.")
    String notice_decision_recorded();

    @Message("La date limite de dépôt est passée : votre brouillon est enregistré, mais il ne peut plus être soumis.")
    String notice_saved_after_deadline();

    @Message("L'évaluation est lancée : les dossiers recevables passent en évaluation.")
    String notice_evaluation_launched();

    // Shared by several pages
    @Message("Erreur")
    String error_prefix();

    @Message("Modifier")
    String edit();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Référence")
    String reference_label();

    @Message("État :")
    String state_label();

    @Message("Historique")
    String history_title();

    @Message("(heure de Paris)")
    String paris_time();

    @Message("— Choisir —")
    String choose_option();

    @Message("Administration des campagnes")
    String crumb_admin_campaigns();

    @Message("Candidatures {code}")
    String crumb_admin_candidatures(String code);

    @Message("Candidature {reference}")
    String candidature_title(String reference);

    @Message("Candidature")
    String candidature_label();

    @Message("Candidature sans titre")
    String candidature_untitled();

    @Message("à l'appel « {call} »")
    String candidature_in_call(String call);

    @Message("Vérifier et soumettre")
    String review_and_submit();

    // Error page
    @Message("Code {status}.")
    String error_status(int status);

    // Published evaluation grid (tags/grille.html)
    @Message("Grille d'évaluation publiée")
    String grid_caption();

    @Message("Critère")
    String grid_col_criterion();

    @Message("Pondération")
    String grid_col_weight();

    @Message("Barème")
    String grid_col_scale();

    @Message("Seuil d'éligibilité")
    String grid_col_threshold();

    @Message("{weight} %")
    String grid_weight(String weight);

    @Message("de {min} à {max}, par pas de {step}")
    String grid_scale(String min, String max, String step);

    @Message("au moins {threshold}")
    String grid_threshold_at_least(String threshold);

    @Message("aucun")
    String grid_threshold_none();

    // Summary of a candidature (tags/dossier.html)
    @Message("La solution")
    String dossier_solution_title();

    @Message("la solution")
    String dossier_solution_edit();

    @Message("Nom")
    String dossier_name();

    @Message("Volet")
    String dossier_track();

    @Message("Famille fonctionnelle")
    String dossier_family();

    @Message("Résumé")
    String dossier_summary();

    @Message("Maturité")
    String dossier_maturity();

    @Message("Montant demandé")
    String dossier_requested_amount();

    @Message("Intégration")
    String dossier_integration_title();

    @Message("l'intégration")
    String dossier_integration_edit();

    @Message("API")
    String dossier_apis();

    @Message("Standards")
    String dossier_standards();

    @Message("Fédération d'identité")
    String dossier_identity_federation();

    @Message("Modes de déploiement")
    String dossier_deployment_modes();

    @Message("Conformité")
    String dossier_compliance_title();

    @Message("la conformité")
    String dossier_compliance_edit();

    @Message("Conforme au RGPD")
    String dossier_gdpr();

    @Message("Hébergement des données")
    String dossier_hosting();

    @Message("Qualifications de sécurité")
    String dossier_security();

    @Message("aucune")
    String dossier_security_none();

    @Message("Accessibilité")
    String dossier_accessibility();

    @Message("Références et contact")
    String dossier_contact_title();

    @Message("les références et le contact")
    String dossier_contact_edit();

    @Message("Références publiques")
    String dossier_public_references();

    @Message("Contact")
    String dossier_contact();

    @Message("Pièces jointes")
    String dossier_attachments_title();

    @Message("les pièces jointes")
    String dossier_attachments_edit();

    @Message("Aucune pièce jointe.")
    String dossier_no_attachments();

    @Message("{pages} page(s), {bytes} octets")
    String dossier_attachment_size(int pages, long bytes);

    // Home page
    @Message("Accueil")
    String home_page_title();

    @Message("Appels à manifestation d'intérêt")
    String home_title();

    @Message("Déposez la candidature de votre organisation, suivez son examen par le comité interministériel et consultez la grille d'évaluation publiée dès l'ouverture de chaque appel : critères, pondérations, barèmes et seuils.")
    String home_intro();

    @Message("Appels ouverts")
    String home_open_title();

    @Message("Aucun appel n'est ouvert en ce moment.")
    String home_no_open_call();

    @Message("ouvert du {from} au")
    String home_open_from(String from);

    @Message("{criterion} : {weight} %")
    String home_criterion_weight(String criterion, String weight);

    @Message("Voir l'appel et candidater")
    String home_see_call();

    @Message("Appels clos ou en cours d'examen")
    String home_others_title();

    @Message("Autres appels")
    String home_others_caption();

    @Message("Appel")
    String home_col_call();

    @Message("Clôture")
    String home_col_closing();

    @Message("Étape")
    String home_col_step();

    // My space
    @Message("Mon espace")
    String space_title();

    @Message("Administration")
    String space_admin_title();

    @Message("Configurez les appels, vérifiez la recevabilité des candidatures et suivez leur avancement.")
    String space_admin_intro();

    @Message("Gérer les campagnes")
    String space_admin_manage();

    @Message("Évaluation")
    String space_evaluation_title();

    @Message("Les dossiers qui vous seront attribués par l'administration apparaîtront ici, avec leur date limite d'évaluation.")
    String space_evaluation_intro();

    @Message("Mon organisation")
    String space_organisation_title();

    @Message("Raison sociale")
    String space_legal_name();

    @Message("SIREN")
    String space_siren();

    @Message("Type")
    String space_kind();

    @Message("Mes candidatures")
    String space_candidatures_title();

    @Message("Vous n'avez encore aucune candidature.")
    String space_no_candidature();

    @Message("Candidatures de mon organisation")
    String space_candidatures_caption();

    @Message("Référence")
    String space_col_reference();

    @Message("Solution")
    String space_col_solution();

    @Message("Appel")
    String space_col_call();

    @Message("État")
    String space_col_state();

    @Message("Dernière modification")
    String space_col_updated();

    @Message("Sans titre")
    String space_untitled();

    @Message("Déposer une nouvelle candidature")
    String space_new_title();

    @Message("Date limite : {date}")
    String space_deadline(String date);

    @Message("Commencer une candidature")
    String space_start();

    @Message("pour {call}")
    String space_start_for(String call);

    // My organisation
    @Message("Mon organisation")
    String organisation_title();

    @Message("Votre compte agit pour")
    String organisation_acting_for();

    @Message("(SIREN {siren}).")
    String organisation_siren(String siren);

    @Message("Aller à mon espace")
    String organisation_go_to_space();

    @Message("Avant de candidater, indiquez l'organisation pour laquelle vous agissez. Toutes les candidatures de votre compte seront déposées en son nom, et seuls les comptes de cette organisation pourront les lire.")
    String organisation_intro();

    @Message("Numéro SIREN")
    String organisation_siren_label();

    @Message("9 chiffres, par exemple 443 061 841 ; la clé de contrôle est vérifiée.")
    String organisation_siren_hint();

    @Message("Raison sociale")
    String organisation_legal_name_label();

    @Message("Type d'organisation")
    String organisation_kind_label();

    @Message("Enregistrer mon organisation")
    String organisation_submit();

    // Public page of a campaign
    @Message("Ouverture")
    String campaign_opening();

    @Message("Date limite de dépôt")
    String campaign_closing();

    @Message("Évaluateurs par dossier")
    String campaign_evaluators();

    @Message("Votre candidature s'enregistre comme brouillon à chaque étape ; vous la soumettez quand elle est complète.")
    String campaign_draft_hint();

    @Message("Commencer une candidature")
    String campaign_start();

    @Message("Pour candidater,")
    String campaign_login_prompt();

    @Message("connectez-vous ou créez un compte")
    String campaign_login_link();

    @Message("Grille d'évaluation")
    String campaign_grid_title();

    @Message("Chaque dossier est noté par le comité sur les quatre critères, selon le barème indiqué. Un dossier sous le seuil d'un critère ne peut pas être retenu.")
    String campaign_grid_intro();

    @Message("Volets")
    String campaign_tracks_title();

    @Message("Volets de l'appel")
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

    @Message("La campagne reste modifiable tant qu'elle n'est pas ouverte. À sa date d'ouverture, elle s'ouvre automatiquement et sa grille est publiée et figée.")
    String campaign_form_intro();

    @Message("L'appel")
    String campaign_form_call_legend();

    @Message("Code :")
    String campaign_form_code_fixed();

    @Message("Code")
    String campaign_form_code_label();

    @Message("Majuscules, chiffres et tirets, par exemple AMI-IA-2026 ; il préfixe les références des candidatures.")
    String campaign_form_code_hint();

    @Message("Titre")
    String campaign_form_title_label();

    @Message("Description")
    String campaign_form_description_label();

    @Message("Ouverture (heure de Paris)")
    String campaign_form_opening_label();

    @Message("Date limite de dépôt (heure de Paris)")
    String campaign_form_closing_label();

    @Message("Évaluateurs par dossier")
    String campaign_form_evaluators_label();

    @Message("Grille d'évaluation")
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

    @Message("Laissez une ligne vide pour l'ignorer. Un volet sans budget ne demande pas de montant aux candidats.")
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

    @Message("Publiée avec la grille. À note égale : le meilleur impact passe devant, puis la meilleure maturité, puis le premier déposé.")
    String campaign_form_ranking_basis_hint();

    @Message("Enregistrer les modifications")
    String campaign_form_save_changes();

    @Message("Créer la campagne")
    String campaign_form_create();

    // Candidature: follow-up page
    @Message("Avancement")
    String detail_progress_title();

    @Message("Correction demandée")
    String detail_correction_region();

    @Message("Correction demandée avant le {date}")
    String detail_correction_title(String date);

    @Message("Corriger la candidature")
    String detail_correct_link();

    @Message(", puis soumettez-la à nouveau.")
    String detail_correct_then_resubmit();

    @Message("Candidature irrecevable")
    String detail_inadmissible();

    @Message("La date limite de dépôt est passée : ce brouillon est conservé mais ne peut plus être soumis.")
    String detail_draft_deadline_passed();

    @Message("Compléter le formulaire")
    String detail_complete_form();

    @Message("Retirer la candidature")
    String detail_withdraw();

    // Candidature: one section of the form
    @Message("{section} — candidature {reference}")
    String section_page_title(String section, String reference);

    @Message("étape {number} sur {count}")
    String section_step(int number, int count);

    @Message("Sections du formulaire")
    String section_nav();

    @Message("Joignez au moins un PDF présentant la solution : document lisible, non protégé par mot de passe, de {maxMegabytes} Mo au plus ({maxCount} pièces au plus).")
    String section_pieces_intro(long maxMegabytes, int maxCount);

    @Message("Aucune pièce jointe pour l'instant.")
    String section_no_attachment();

    @Message("Pièces jointes")
    String section_attachments_caption();

    @Message("Fichier")
    String section_col_file();

    @Message("Pages")
    String section_col_pages();

    @Message("Ajouté le")
    String section_col_uploaded();

    @Message("Action")
    String section_col_action();

    @Message("Supprimer")
    String section_delete();

    @Message("Fichier PDF")
    String section_file_label();

    @Message("Format PDF uniquement.")
    String section_file_hint();

    @Message("Joindre le fichier")
    String section_attach();

    @Message("Volet")
    String section_solution_track_label();

    @Message("Famille fonctionnelle")
    String section_solution_family_label();

    @Message("Nom de la solution")
    String section_solution_name_label();

    @Message("Résumé de la solution")
    String section_solution_summary_label();

    @Message("Ce qu'elle fait, pour quels agents ou usagers, avec quel bénéfice attendu (4 000 caractères au plus).")
    String section_solution_summary_hint();

    @Message("Maturité fonctionnelle")
    String section_solution_maturity_label();

    @Message("Montant demandé (€)")
    String section_solution_amount_label();

    @Message("Seulement pour un volet doté d'un budget, dans la limite de ce budget.")
    String section_solution_amount_hint();

    @Message("Interfaces (API) proposées")
    String section_integration_apis_label();

    @Message("Standards et formats pris en charge")
    String section_integration_standards_label();

    @Message("Fédération d'identité")
    String section_integration_identity_label();

    @Message("Par exemple ProConnect, OpenID Connect, SAML.")
    String section_integration_identity_hint();

    @Message("Modes de déploiement")
    String section_integration_deployment_label();

    @Message("La solution est-elle conforme au RGPD ?")
    String section_compliance_gdpr_label();

    @Message("Où les données sont-elles hébergées ?")
    String section_compliance_hosting_label();

    @Message("Qualifications et certifications de sécurité")
    String section_compliance_security_label();

    @Message("Cochez celles que la solution détient ; aucune si aucune.")
    String section_compliance_security_hint();

    @Message("Conformité au RGAA")
    String section_compliance_accessibility_label();

    @Message("Références dans le secteur public")
    String section_contact_references_label();

    @Message("Nom du contact")
    String section_contact_name_label();

    @Message("Adresse électronique du contact")
    String section_contact_email_label();

    @Message("Téléphone du contact")
    String section_contact_phone_label();

    @Message("Publier ce contact sur le panorama si la solution est retenue ?")
    String section_contact_publish_label();

    @Message("Sans votre accord, le panorama public ne montre que le nom de l'organisation, jamais le contact.")
    String section_contact_publish_hint();

    // Candidature: review and submit
    @Message("Vérifier et soumettre — candidature {reference}")
    String review_page_title(String reference);

    @Message("La candidature n'a pas été soumise")
    String review_refused_title();

    @Message("Votre brouillon est conservé tel quel.")
    String review_draft_kept();

    @Message("La date limite est passée : la candidature ne peut plus être soumise. Votre brouillon reste enregistré.")
    String review_deadline_passed();

    @Message("Informations manquantes")
    String review_missing_region();

    @Message("Il manque {count} information(s) avant de pouvoir soumettre")
    String review_missing_title(int count);

    @Message("Vous n'avez joint aucun PDF : l'administration vous demandera de compléter le dossier après la soumission.")
    String review_no_pdf();

    @Message("Joindre un PDF")
    String review_attach_pdf();

    @Message("En soumettant, vous certifiez l'exactitude des informations déclarées. Vous recevrez un accusé de réception.")
    String review_certify();

    @Message("Soumettre la candidature")
    String review_submit();

    // Candidature: confirmation of the submission
    @Message("Candidature soumise — {reference}")
    String confirmation_page_title(String reference);

    @Message("Candidature soumise")
    String confirmation_crumb();

    @Message("Votre candidature est soumise")
    String confirmation_title();

    @Message("Référence : {reference}")
    String confirmation_reference(String reference);

    @Message("Soumise le {date} à l'appel « {call} ».")
    String confirmation_submitted(String date, String call);

    @Message("Le dossier est incomplet")
    String confirmation_incomplete_title();

    @Message("Complétez-le avant le {date} puis soumettez-le à nouveau.")
    String confirmation_complete_before(String date);

    @Message("L'administration vérifie maintenant sa recevabilité. Vous suivez son avancement sur la page de la candidature.")
    String confirmation_next_step();

    @Message("Suivre ma candidature")
    String confirmation_follow();

    // Candidature: withdrawal
    @Message("Retirer la candidature {reference}")
    String withdraw_title(String reference);

    @Message("Retrait")
    String withdraw_crumb();

    @Message("Le retrait est définitif : la candidature ne sera plus examinée et ne pourra pas être soumise à nouveau.")
    String withdraw_warning();

    @Message("Motif du retrait")
    String withdraw_reason_label();

    @Message("Retirer définitivement")
    String withdraw_submit();

    // Administration: candidatures of a campaign
    @Message("Candidatures — {code}")
    String admin_candidatures_page_title(String code);

    @Message("Candidatures — {title}")
    String admin_candidatures_title(String title);

    @Message("{code} · campagne {state} · date limite {date}")
    String admin_candidatures_meta(String code, String state, String date);

    @Message("La campagne est close. Une fois chaque dossier examiné, lancez l'évaluation : les dossiers recevables passent au comité.")
    String admin_candidatures_closed_hint();

    @Message("Lancer l'évaluation")
    String admin_candidatures_launch_evaluation();

    @Message("Filtrer les candidatures")
    String admin_candidatures_filters();

    @Message("État")
    String admin_candidatures_filter_state();

    @Message("Famille fonctionnelle")
    String admin_candidatures_filter_family();

    @Message("Volet")
    String admin_candidatures_filter_track();

    @Message("Tous")
    String admin_candidatures_filter_all();

    @Message("Toutes")
    String admin_candidatures_filter_all_feminine();

    @Message("Filtrer")
    String admin_candidatures_filter();

    @Message("{count} candidature(s)")
    String admin_candidatures_caption(int count);

    @Message("Référence")
    String admin_candidatures_col_reference();

    @Message("Organisation")
    String admin_candidatures_col_organisation();

    @Message("Solution")
    String admin_candidatures_col_solution();

    @Message("Famille")
    String admin_candidatures_col_family();

    @Message("Volet")
    String admin_candidatures_col_track();

    @Message("État")
    String admin_candidatures_col_state();

    @Message("Soumise le")
    String admin_candidatures_col_submitted();

    @Message("SIREN {siren}")
    String admin_candidatures_siren(String siren);

    // Administration: admissibility of one candidature
    @Message("Recevabilité — {reference}")
    String admissibility_page_title(String reference);

    @Message("{name} (SIREN {siren}, {kind})")
    String admissibility_organisation(String name, String siren, String kind);

    @Message("Décision de recevabilité")
    String admissibility_decision_title();

    @Message("Décision")
    String admissibility_outcome_label();

    @Message("Motif")
    String admissibility_reason_label();

    @Message("Obligatoire pour une irrecevabilité ou une correction ; il est communiqué au candidat.")
    String admissibility_reason_hint();

    @Message("Échéance de la correction (heure de Paris)")
    String admissibility_due_label();

    @Message("Seulement pour une correction : 60 jours au plus.")
    String admissibility_due_hint();

    @Message("Enregistrer la décision")
    String admissibility_submit();

    // Notices of the evaluation pages
    @Message("Votre déclaration d'intérêts est enregistrée : les dossiers qui vous sont confiés sont accessibles.")
    String notice_declaration_done();

    @Message("Le lien est ajouté à votre déclaration.")
    String notice_link_added();

    @Message("Votre évaluation est enregistrée (brouillon).")
    String notice_evaluation_saved();

    @Message("Votre évaluation est soumise ; elle est désormais verrouillée.")
    String notice_evaluation_submitted();

    @Message("Vous vous êtes déporté de ce dossier ; il est confié à un autre membre.")
    String notice_recused();

    @Message("La note commune est enregistrée.")
    String notice_consensus_recorded();

    @Message("Le membre est invité au comité.")
    String notice_member_invited();

    @Message("L'affectation automatique est proposée.")
    String notice_assignment_proposed();

    @Message("L'affectation est modifiée.")
    String notice_assignment_changed();

    @Message("L'affectation est publiée : chaque membre voit ses dossiers.")
    String notice_assignment_released();

    @Message("L'évaluation est rouverte ; le membre est invité à la revoir.")
    String notice_evaluation_reopened();

    @Message("La délibération est ouverte : la proposition de sélection est calculée.")
    String notice_deliberation_opened();

    @Message("La proposition de sélection est recalculée.")
    String notice_selection_proposed();

    @Message("La décision est enregistrée.")
    String notice_decision_set();

    @Message("Les décisions sont soumises : une autre personne doit maintenant les approuver.")
    String notice_decisions_submitted();

    @Message("Les décisions sont approuvées : elles deviennent définitives et les lettres partent.")
    String notice_decisions_approved();

    @Message("Les décisions sont renvoyées en délibération.")
    String notice_decisions_sent_back();

    @Message("Accusé de réception de la candidature (PDF)")
    String receipt_link();

    @Message("Décision du comité et lettre")
    String decision_link();

    // Publication
    @Message("Le panorama est publié : la page publique et les données ouvertes montrent cette publication.")
    String notice_panorama_published();

    @Message("La fiche est modifiée. Elle sera publique à la prochaine publication.")
    String notice_entry_edited();

    @Message("Merci : votre retour d'expérience est publié sous le nom de votre administration.")
    String notice_feedback_added();

    @Message("Le retour d'expérience est retiré du panorama public ; la raison est gardée.")
    String notice_feedback_hidden();

    @Message("L'administration est vérifiée : ses membres peuvent signer des retours d'expérience.")
    String notice_administration_verified();

    @Message("Vérifier les administrations")
    String space_admin_organisations();
}
