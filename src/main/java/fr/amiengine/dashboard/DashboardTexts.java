package fr.amiengine.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the campaign dashboard, read as {@code {dash:name}} in the templates. */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardTexts {

    @Message("Tableau de bord de la campagne — {code}")
    String title(String code);

    @Message("Vue d’ensemble")
    String nav();

    @Message("Campagne «\u00a0{title}\u00a0»\u00a0: {state}.")
    String summary(String title, String state);

    @Message("Publication\u00a0: les lauréats sont publiés (publication n° {revision}).")
    String published(int revision);

    @Message("Publication\u00a0: pas encore publiée.")
    String not_published();

    @Message("{files} {#if files == 1}candidature{#else}candidatures{/if} en tout, dont {drafts} {#if drafts == 1}brouillon jamais soumis{#else}brouillons jamais soumis{/if}.")
    String files(long files, long drafts);

    @Message("Les graphiques reprennent les chiffres des tableaux qui les suivent.")
    String charts_note();

    // Stages
    @Message("Où en sont les dossiers")
    String stages();

    @Message("Chaque dossier soumis suit le circuit «\u00a0Candidature\u00a0», de son dépôt à la décision. Ce tableau dit, selon le suivi du circuit lui-même, à quelle étape chacun attend, ou par quelle issue son parcours s’est terminé. Un dossier noté par plusieurs évaluateurs compte une fois\u00a0; un dossier dont une évaluation est rouverte compte aux deux étapes où il se trouve.")
    String stages_intro();

    @Message("Dossiers par étape du circuit")
    String stages_caption();

    @Message("Étape")
    String col_stage();

    @Message("Situation")
    String col_situation();

    @Message("Dossiers")
    String col_files();

    @Message("en cours")
    String stage_running();

    @Message("terminé")
    String stage_ended();

    @Message("Aucun dossier soumis\u00a0: aucun processus n’a démarré.")
    String no_stage();

    @Message("Diagramme en barres\u00a0: nombre de dossiers à chaque étape du processus. Les chiffres sont dans le tableau «\u00a0Dossiers par étape du processus\u00a0».")
    String stages_chart();

    // States
    @Message("Dossiers par état")
    String states();

    @Message("Nombre de dossiers dans chaque état")
    String states_caption();

    @Message("État")
    String col_state();

    @Message("Diagramme en barres\u00a0: nombre de dossiers dans chaque état. Les chiffres sont dans le tableau «\u00a0Nombre de dossiers dans chaque état\u00a0».")
    String states_chart();

    // Submissions
    @Message("Dépôts dans le temps")
    String submissions();

    @Message("Candidatures soumises par jour (heure de Paris), première soumission seulement")
    String submissions_caption();

    @Message("Jour")
    String col_day();

    @Message("Soumises ce jour")
    String col_day_count();

    @Message("Cumul")
    String col_cumulative();

    @Message("Aucune candidature soumise pour l’instant.")
    String no_submission();

    @Message("Diagramme en barres\u00a0: candidatures soumises chaque jour. Les chiffres sont dans le tableau «\u00a0Candidatures soumises par jour\u00a0».")
    String submissions_chart();

    // Evaluations
    @Message("Évaluations")
    String evaluations();

    @Message("Évaluations confiées aux membres du comité")
    String evaluations_caption();

    @Message("Évaluations")
    String col_evaluations();

    @Message("Nombre")
    String col_count();

    @Message("Soumises")
    String evaluations_submitted();

    @Message("En attente, dans les délais")
    String evaluations_on_time();

    @Message("En retard (échéance dépassée)")
    String evaluations_late();

    @Message("Total confié")
    String evaluations_expected();

    @Message("dont brouillons enregistrés")
    String evaluations_drafts();

    @Message("Aucune évaluation confiée pour l’instant.")
    String no_evaluation();

    @Message("Diagramme en barres\u00a0: évaluations soumises, en attente et en retard. Les chiffres sont dans le tableau «\u00a0Évaluations confiées aux membres du comité\u00a0».")
    String evaluations_chart();

    @Message("Le détail par membre et par jour est sur le suivi de l’évaluation.")
    String evaluations_more();

    @Message("Suivi de l’évaluation")
    String evaluations_link();

    // Disagreements
    @Message("Désaccords")
    String disagreements();

    @Message("Dossiers signalés pour un désaccord entre évaluateurs")
    String disagreements_caption();

    @Message("Suite donnée")
    String col_follow_up();

    @Message("Évaluateur supplémentaire désigné")
    String disagreements_additional();

    @Message("Sans évaluateur supplémentaire (note commune, ou aucun membre libre)")
    String disagreements_without();

    @Message("Total signalé")
    String disagreements_total();

    // Decisions
    @Message("Décisions du comité")
    String decisions();

    @Message("Décisions par issue")
    String decisions_caption();

    @Message("Issue")
    String col_outcome();

    @Message("Décisions")
    String col_decisions();

    @Message("dont définitives")
    String col_final();

    @Message("Aucune décision pour l’instant\u00a0: elles sont proposées à l’ouverture de la délibération.")
    String no_decision();

    @Message("Diagramme en barres\u00a0: décisions par issue. Les chiffres sont dans le tableau «\u00a0Décisions par issue\u00a0».")
    String decisions_chart();

    // Mails
    @Message("Courriers aux candidats")
    String mails();

    @Message("Accusés de réception et lettres de décision")
    String mails_caption();

    @Message("Courrier")
    String col_mail();

    @Message("Dus")
    String col_due();

    @Message("Envoyés")
    String col_sent();

    @Message("À envoyer")
    String col_pending();

    @Message("Accusés de réception")
    String receipts();

    @Message("Lettres de décision")
    String letters();

    @Message("Un courrier est envoyé quand le serveur de messagerie l’a accepté\u00a0; une lettre est due pour chaque décision définitive, un accusé pour chaque candidature soumise.")
    String mails_note();
}
