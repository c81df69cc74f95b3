package fr.amiengine.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the campaign dashboard, read as {@code {dash:name}} in the templates. */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardTexts {

    @Message("Tableau de bord de la campagne — {code}")
    String title(String code);

    @Message("Vue d'ensemble")
    String nav();

    @Message("Campagne « {title} » : {state}.")
    String summary(String title, String state);

    @Message("Publication : les lauréats sont publiés (publication n° {revision}).")
    String published(int revision);

    @Message("Publication : pas encore publiée.")
    String not_published();

    @Message("{files} candidature(s) en tout, dont {drafts} jamais soumise(s) (brouillons).")
    String files(long files, long drafts);

    @Message("Les graphiques reprennent les chiffres des tableaux qui les suivent.")
    String charts_note();

    // Stages
    @Message("Où en sont les dossiers")
    String stages();

    @Message("Chaque dossier soumis a son processus « Candidature » dans le moteur BPMN. Ce tableau dit, selon le moteur lui-même, à quelle étape chacun attend, ou à quel événement de fin son processus s'est terminé. Un dossier noté par plusieurs évaluateurs compte une fois ; un dossier dont une évaluation est rouverte compte aux deux étapes où il se trouve.")
    String stages_intro();

    @Message("Dossiers par étape du processus (selon le moteur BPMN)")
    String stages_caption();

    @Message("Étape")
    String col_stage();

    @Message("Identifiant BPMN")
    String col_activity();

    @Message("Situation")
    String col_situation();

    @Message("Dossiers")
    String col_files();

    @Message("en cours")
    String stage_running();

    @Message("terminé")
    String stage_ended();

    @Message("Aucun dossier soumis : aucun processus n'a démarré.")
    String no_stage();

    @Message("Diagramme en barres : nombre de dossiers à chaque étape du processus. Les chiffres sont dans le tableau « Dossiers par étape du processus ».")
    String stages_chart();

    // States
    @Message("Dossiers par état")
    String states();

    @Message("Nombre de dossiers dans chaque état")
    String states_caption();

    @Message("État")
    String col_state();

    @Message("Diagramme en barres : nombre de dossiers dans chaque état. Les chiffres sont dans le tableau « Nombre de dossiers dans chaque état ».")
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

    @Message("Aucune candidature soumise pour l'instant.")
    String no_submission();

    @Message("Diagramme en barres : candidatures soumises chaque jour. Les chiffres sont dans le tableau « Candidatures soumises par jour ».")
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

    @Message("Aucune évaluation confiée pour l'instant.")
    String no_evaluation();

    @Message("Diagramme en barres : évaluations soumises, en attente et en retard. Les chiffres sont dans le tableau « Évaluations confiées aux membres du comité ».")
    String evaluations_chart();

    @Message("Le détail par membre et par jour est sur le suivi de l'évaluation.")
    String evaluations_more();

    @Message("Suivi de l'évaluation")
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

    @Message("Aucune décision pour l'instant : elles sont proposées à l'ouverture de la délibération.")
    String no_decision();

    @Message("Diagramme en barres : décisions par issue. Les chiffres sont dans le tableau « Décisions par issue ».")
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

    @Message("Un courrier est envoyé quand le serveur de messagerie l'a accepté ; une lettre est due pour chaque décision définitive, un accusé pour chaque candidature soumise.")
    String mails_note();
}
