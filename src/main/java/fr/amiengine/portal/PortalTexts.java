package fr.amiengine.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the home page, the personal space, the organisation page and the administrations page, read as
 * {@code {portal:name}} in the templates.
 */
@MessageBundle(value = "portal", locale = "fr")
public interface PortalTexts {

    // Home page
    @Message("Accueil")
    String home_page_title();

    @Message("Appels à manifestation d’intérêt")
    String home_title();

    @Message("Déposez la candidature de votre organisation, suivez son examen par le comité interministériel et consultez la grille d’évaluation publiée dès l’ouverture de chaque appel\u00a0: critères, pondérations, barèmes et seuils.")
    String home_intro();

    @Message("Appels ouverts")
    String home_open_title();

    @Message("Aucun appel n’est ouvert en ce moment.")
    String home_no_open_call();

    @Message("ouvert du {from} au")
    String home_open_from(String from);

    @Message("{criterion}\u00a0: {weight}\u00a0%")
    String home_criterion_weight(String criterion, String weight);

    @Message("Voir l’appel et candidater")
    String home_see_call();

    @Message("Appels clos ou en cours d’examen")
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

    @Message("Les dossiers qui vous seront attribués par l’administration apparaîtront ici, avec leur date limite d’évaluation.")
    String space_evaluation_intro();

    @Message("{count} {#if count == 1}dossier vous est confié{#else}dossiers vous sont confiés{/if} dans les campagnes en cours d’évaluation\u00a0:")
    String space_evaluation_assigned(int count);

    @Message("à évaluer avant le {date}")
    String space_evaluation_due(String date);

    @Message("Mes évaluations")
    String space_evaluation_open();

    @Message("Accueil des administrateurs")
    String space_admin_home();

    @Message("Trouver une solution")
    String space_buyer_title();

    @Message("Cherchez dans les panoramas des solutions retenues par les comités celles qui répondent aux besoins de votre administration, par famille fonctionnelle, maturité ou hébergement.")
    String space_buyer_intro();

    @Message("Chercher dans les panoramas")
    String space_buyer_panorama();

    @Message("Les besoins de mon administration")
    String space_buyer_needs();

    @Message("Les retours d’expérience de mon administration")
    String space_feedbacks_title();

    @Message("Votre administration n’a pas encore partagé de retour d’expérience. Depuis la fiche d’une solution du panorama, «\u00a0Partager un retour d’expérience\u00a0» en publie un sous son nom.")
    String space_no_feedback();

    @Message("Votre administration attend sa vérification par un administrateur de la plateforme\u00a0: vous pourrez ensuite partager des retours d’expérience sur les solutions du panorama.")
    String space_feedback_unverified();

    @Message("déployée le {date}, {outcome}")
    String space_feedback_line(String date, String outcome);

    @Message("(raison\u00a0: {reason})")
    String space_feedback_reason(String reason);

    @Message("Votre administration répond elle-même à un appel\u00a0?")
    String space_buyer_apply();

    @Message("Voir les appels ouverts")
    String space_buyer_apply_link();

    // The administrators' home
    @Message("Accueil des administrateurs")
    String admin_home_title();

    @Message("Où en est chaque campagne, et ce qu’il reste à y faire. Chaque action mène à la page où elle se fait.")
    String admin_home_intro();

    @Message("Les campagnes")
    String admin_home_campaigns();

    @Message("Aucune campagne n’est encore créée.")
    String admin_home_no_campaign();

    @Message("Les campagnes, de la plus récente à la plus ancienne, avec leur étape et l’action suivante")
    String admin_home_caption();

    @Message("Campagne")
    String admin_home_col_campaign();

    @Message("Étape")
    String admin_home_col_stage();

    @Message("Action suivante")
    String admin_home_col_next();

    @Message("Compléter l’appel, sa grille, ses volets et ses familles avant l’ouverture, le {date}.")
    String admin_next_draft(String date);

    @Message("Modifier la campagne")
    String admin_next_draft_link();

    @Message("Les candidatures sont reçues jusqu’au {date}\u00a0; vérifiez la recevabilité de celles déjà soumises.")
    String admin_next_open(String date);

    @Message("Le dépôt est clos\u00a0: terminez la recevabilité, puis lancez l’évaluation.")
    String admin_next_closed();

    @Message("Voir les candidatures")
    String admin_next_files_link();

    @Message("Composer le comité, publier l’affectation et suivre l’avancement des évaluations.")
    String admin_next_evaluation();

    @Message("Suivre l’évaluation")
    String admin_next_evaluation_link();

    @Message("Délibérer\u00a0: arrêter les décisions, les soumettre puis les faire approuver par un second administrateur.")
    String admin_next_deliberation();

    @Message("Ouvrir la sélection")
    String admin_next_deliberation_link();

    @Message("Les décisions sont approuvées\u00a0: publiez le panorama une fois les lettres envoyées.")
    String admin_next_decided();

    @Message("Le panorama est publié\u00a0: enrichissez les fiches et publiez à nouveau après modification.")
    String admin_next_published();

    @Message("Publication du panorama")
    String admin_next_publication_link();

    @Message("Vue d’ensemble")
    String admin_next_dashboard();

    @Message("Outils d’administration")
    String admin_home_tools();

    @Message("Créer une campagne")
    String admin_tool_new();

    @Message("Toutes les campagnes")
    String admin_tool_campaigns();

    @Message("Administrations à vérifier")
    String admin_tool_organisations();

    @Message("Panoramas publiés")
    String admin_tool_panorama();

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

    @Message("Vous n’avez encore aucune candidature.")
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

    @Message("Date limite\u00a0: {date}")
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

    @Message("Vos données")
    String organisation_export_title();

    @Message("Téléchargez tout ce que la plateforme détient sur votre organisation : l’organisation, ses membres, ses candidatures avec tous leurs champs et leur historique, leurs pièces jointes et les courriers reçus (accusés de réception, lettres de décision), dans un fichier ZIP de JSON et de PDF. Pour corriger l’organisation, utilisez le formulaire ci-dessous ; les autres droits sont décrits dans le registre des traitements.")
    String organisation_export_intro();

    @Message("Exporter les données de l’organisation (ZIP)")
    String organisation_export_link();

    @Message("Avant de candidater, indiquez l’organisation pour laquelle vous agissez. Toutes les candidatures de votre compte seront déposées en son nom, et seuls les comptes de cette organisation pourront les lire.")
    String organisation_intro();

    @Message("Numéro SIREN")
    String organisation_siren_label();

    @Message("9 chiffres, par exemple 443 061 841\u00a0; la clé de contrôle est vérifiée.")
    String organisation_siren_hint();

    @Message("Raison sociale")
    String organisation_legal_name_label();

    @Message("Type d’organisation")
    String organisation_kind_label();

    @Message("Enregistrer mon organisation")
    String organisation_submit();

    @Message("Modifier les informations de l’organisation")
    String organisation_edit_title();

    @Message("Ces informations valent pour toutes les candidatures de l’organisation. Un nouveau SIREN est vérifié comme à la déclaration\u00a0; une administration qui en change doit être vérifiée à nouveau.")
    String organisation_edit_intro();

    @Message("Adresse postale")
    String organisation_address_label();

    @Message("Adresse électronique de contact")
    String organisation_contact_email_label();

    @Message("Téléphone de contact")
    String organisation_contact_phone_label();

    @Message("Enregistrer les modifications")
    String organisation_edit_submit();

    // My space: the administrators' shortcut to the administrations
    @Message("Vérifier les administrations")
    String space_admin_organisations();

    @Message("Recensement des besoins")
    String space_admin_needs();

    // Administration: the declared administrations
    @Message("Administrations déclarées")
    String administrations_title();

    @Message("Un compte peut déclarer une administration sous n’importe quel nom. Avant que ses membres signent en son nom\ndes retours d’expérience publics, vérifiez son SIREN au répertoire Sirene et le mandat de la personne qui l’a déclarée.")
    String administrations_intro();

    @Message("{count} {#if count < 2}administration ou établissement public{#else}administrations ou établissements publics{/if}, à vérifier d’abord")
    String administrations_caption(int count);

    @Message("Nom déclaré")
    String administrations_col_name();

    @Message("SIREN")
    String administrations_col_siren();

    @Message("Vérification")
    String administrations_col_verification();

    @Message("Données")
    String administrations_col_export();

    @Message("Exporter (ZIP)")
    String administrations_export();

    @Message("Administration vérifiée")
    String administrations_verified();

    @Message("par {by}, le {at}")
    String administrations_verified_by(String by, String at);

    @Message("Vérifier")
    String administrations_verify();

    @Message("Aucune organisation n’est déclarée comme administration.")
    String administrations_none();
}
