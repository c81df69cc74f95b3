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
}
