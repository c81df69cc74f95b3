package fr.amiengine.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the layout and of what several features' pages share (notices after a redirect, the error
 * page, the grid and the summary of a candidature). Templates read them as {@code {msg:name}}; each feature keeps
 * the texts of its own pages in its own bundle beside them ({@code CampaignTexts}, {@code CandidatureTexts}, …),
 * and the texts of the business rules themselves (errors, states) come from the services.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {
    // Layout
    @Message("AMI Engine")
    String service_name();

    @Message("Appels à manifestation d’intérêt de l’État")
    String service_tagline();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Menu principal")
    String main_menu();

    @Message("Fil d’Ariane")
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

    @Message("Connecté\u00a0: {name}")
    String logged_in_as(String name);

    @Message("AMI Engine — service de gestion des appels à manifestation d’intérêt. Aucune ressource n’est chargée depuis un site tiers.")
    String footer_text();

    @Message("Documentation de l’API")
    String footer_api();

    @Message("Accessibilité\u00a0: conformité RGAA vérifiée par des tests automatiques (axe-core)")
    String footer_accessibility();

    // Pagination of long lists (tag pagination)
    @Message("Pagination")
    String pagination_label();

    @Message("Page {page} sur {pages}")
    String pagination_state(int page, int pages);

    @Message("Page {page}")
    String pagination_page(int page);

    @Message("Page précédente")
    String pagination_previous();

    @Message("Page suivante")
    String pagination_next();

    // Common
    @Message("Enregistrer")
    String save();

    @Message("Enregistrer et continuer")
    String save_and_continue();

    @Message("Annuler")
    String cancel();

    @Message("Retour")
    String back();

    @Message("Le formulaire contient {count} {#if count == 1}erreur{#else}erreurs{/if}")
    String form_errors_title(int count);

    @Message("(facultatif)")
    String optional();

    @Message("Les champs marqués d’un astérisque (*) sont obligatoires.")
    String required_fields();

    @Message("Tableau (sur un petit écran, faites-le défiler horizontalement)")
    String table_region();

    // Notices after a redirect
    @Message("Votre brouillon est créé. Vous pouvez le compléter en plusieurs fois\u00a0: chaque section est enregistrée.")
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

    @Message("Les informations de votre organisation sont enregistrées.")
    String notice_organisation_updated();

    @Message("La campagne est créée. Elle s’ouvrira automatiquement à sa date d’ouverture.")
    String notice_campaign_created();

    @Message("La campagne est modifiée.")
    String notice_campaign_updated();

    @Message("La décision de recevabilité est enregistrée.")
    String notice_decision_recorded();

    @Message("La date limite de dépôt est passée\u00a0: votre brouillon est enregistré, mais il ne peut plus être soumis.")
    String notice_saved_after_deadline();

    @Message("L’évaluation est lancée\u00a0: les dossiers recevables passent en évaluation.")
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

    @Message("État\u00a0:")
    String state_label();

    @Message("Historique")
    String history_title();

    @Message("— Choisir —")
    String choose_option();

    @Message("Administration des campagnes")
    String crumb_admin_campaigns();

    @Message("Candidature sans titre")
    String candidature_untitled();

    // Error page
    @Message("{#if status == 404}Cette page n’existe pas, ou plus. Vérifiez l’adresse, ou repartez de l’accueil."
            + "{#else if status == 403}Votre compte ne donne pas accès à cette page. Si vous pensez qu’il le devrait, "
            + "écrivez à l’équipe qui gère la campagne."
            + "{#else if status == 409}Cette action n’est pas possible à ce stade\u00a0: le dossier ou la campagne a changé "
            + "d’étape entre-temps. Rechargez la page pour voir où il en est\u00a0; rien n’a été modifié."
            + "{#else if status == 413}Le fichier ou le formulaire envoyé est trop volumineux\u00a0: rien n’a été enregistré."
            + "{#else if status >= 500}Le service a rencontré une erreur imprévue\u00a0: rien n’a été enregistré. "
            + "Réessayez dans quelques minutes."
            + "{#else}Les informations envoyées n’ont pas pu être prises en compte\u00a0: rien n’a été enregistré. "
            + "Revenez à la page précédente pour les corriger.{/if}")
    String error_status(int status);

    // Published evaluation grid (tags/grille.html)
    @Message("Grille d’évaluation publiée")
    String grid_caption();

    @Message("Critère")
    String grid_col_criterion();

    @Message("Pondération")
    String grid_col_weight();

    @Message("Barème")
    String grid_col_scale();

    @Message("Seuil d’éligibilité")
    String grid_col_threshold();

    @Message("{weight}\u00a0%")
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

    @Message("l’intégration")
    String dossier_integration_edit();

    @Message("API")
    String dossier_apis();

    @Message("Standards")
    String dossier_standards();

    @Message("Fédération d’identité")
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

    @Message("{pages} {#if pages < 2}page{#else}pages{/if}, {bytes} octets")
    String dossier_attachment_size(int pages, long bytes);

    // Notices of the evaluation pages
    @Message("Votre déclaration d’intérêts est enregistrée\u00a0: les dossiers qui vous sont confiés sont accessibles.")
    String notice_declaration_done();

    @Message("Le lien est ajouté à votre déclaration.")
    String notice_link_added();

    @Message("Votre évaluation est enregistrée (brouillon).")
    String notice_evaluation_saved();

    @Message("Votre évaluation est soumise\u00a0; elle est désormais verrouillée.")
    String notice_evaluation_submitted();

    @Message("Vous vous êtes déporté de ce dossier\u00a0; il est confié à un autre membre.")
    String notice_recused();

    @Message("La note commune est enregistrée.")
    String notice_consensus_recorded();

    @Message("Le membre est invité au comité.")
    String notice_member_invited();

    @Message("L’affectation automatique est proposée.")
    String notice_assignment_proposed();

    @Message("L’affectation est modifiée.")
    String notice_assignment_changed();

    @Message("L’affectation est publiée\u00a0: chaque membre voit ses dossiers.")
    String notice_assignment_released();

    @Message("L’évaluation est rouverte\u00a0; le membre est invité à la revoir.")
    String notice_evaluation_reopened();

    @Message("La délibération est ouverte\u00a0: la proposition de sélection est calculée.")
    String notice_deliberation_opened();

    @Message("La proposition de sélection est recalculée.")
    String notice_selection_proposed();

    @Message("La décision est enregistrée.")
    String notice_decision_set();

    @Message("Les décisions sont soumises\u00a0: une autre personne doit maintenant les approuver.")
    String notice_decisions_submitted();

    @Message("Les décisions sont approuvées\u00a0: elles deviennent définitives et les lettres partent.")
    String notice_decisions_approved();

    @Message("Les décisions sont renvoyées en délibération.")
    String notice_decisions_sent_back();

    @Message("Accusé de réception de la candidature (PDF)")
    String receipt_link();

    // Notices of the publication pages
    @Message("Le panorama est publié\u00a0: la page publique et les données ouvertes montrent cette publication.")
    String notice_panorama_published();

    @Message("La fiche est modifiée. Elle sera publique à la prochaine publication.")
    String notice_entry_edited();

    @Message("Merci\u00a0: votre retour d’expérience est enregistré. Il sera publié sous le nom de votre administration dès qu’un administrateur l’aura approuvé.")
    String notice_feedback_added();

    @Message("Le retour d’expérience est retiré du panorama public\u00a0; la raison est gardée.")
    String notice_feedback_hidden();

    @Message("Le retour d’expérience est approuvé\u00a0: il est public.")
    String notice_feedback_approved();

    @Message("Le retour d’expérience est refusé\u00a0; la raison est gardée et montrée à son administration.")
    String notice_feedback_rejected();

    @Message("L’administration est vérifiée\u00a0: ses membres peuvent signer des retours d’expérience.")
    String notice_administration_verified();
}
