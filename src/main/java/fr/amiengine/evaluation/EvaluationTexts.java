package fr.amiengine.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of a committee member's home and of the campaign's steps, read as {@code {ev:name}} in the
 * templates. Each step of the evaluation has its own bundle beside its pages: {@code committee},
 * {@code assignment}, {@code scoring} and {@code consolidation}; the bundle of the shared layout is {@code msg}.
 */
@MessageBundle(value = "ev", locale = "fr")
public interface EvaluationTexts {

    @Message("Mes évaluations")
    String home_title();

    @Message("Les dossiers qui vous sont confiés, avec leur échéance. Vous ne voyez les évaluations des autres membres d’un dossier qu’après avoir soumis la vôtre.")
    String home_intro();

    @Message("Mes comités")
    String home_committees();

    @Message("Campagnes dont vous êtes membre du comité")
    String home_committees_caption();

    @Message("Campagne")
    String home_col_campaign();

    @Message("Déclaration d’intérêts")
    String home_col_declaration();

    @Message("faite le {date}")
    String home_declared_on(String date);

    @Message("À faire\u00a0: déclarer mes liens")
    String home_declare();

    @Message("Vous n’êtes membre d’aucun comité pour l’instant.")
    String home_no_committee();

    @Message("Mes dossiers")
    String home_files();

    @Message("Dossiers à évaluer")
    String home_files_caption();

    @Message("{#if left == 0}Tous vos dossiers sont évalués ({total} sur {total}).{#else if left == 1}1 dossier reste à évaluer sur {total}.{#else}{left} dossiers restent à évaluer sur {total}.{/if}")
    String home_files_left(long left, long total);

    @Message("Filtrer et trier mes dossiers")
    String home_files_filters();

    @Message("Mon évaluation")
    String home_files_filter_state();

    @Message("Toutes")
    String home_files_filter_all();

    @Message("Trier par")
    String home_files_order();

    @Message("Afficher")
    String home_files_apply();

    @Message("Aucun de vos dossiers ne correspond à ce filtre.")
    String home_files_none_matching();

    @Message("Dossier")
    String home_col_file();

    @Message("Solution")
    String home_col_solution();

    @Message("Organisation")
    String home_col_organisation();

    @Message("Famille")
    String home_col_family();

    @Message("Échéance")
    String home_col_due();

    @Message("Mon évaluation")
    String home_col_state();

    @Message("à commencer")
    String home_state_none();

    @Message("en retard")
    String home_late();

    @Message("Campagnes terminées")
    String home_finished();

    @Message("L’évaluation de ces campagnes est close\u00a0: vos évaluations y restent consultables, il n’y a plus rien à noter.")
    String home_finished_intro();

    @Message("Dossiers des campagnes dont l’évaluation est close")
    String home_finished_caption();

    @Message("Plus aucun dossier n’attend votre évaluation\u00a0: les campagnes auxquelles vous avez participé sont terminées.")
    String home_nothing_left();

    @Message("Aucun dossier ne vous est encore confié (ou votre déclaration d’intérêts reste à faire).")
    String home_no_file();

    @Message("Notes communes à rédiger")
    String home_consensus();

    @Message("Votre binôme et vous êtes en désaccord sur ces dossiers\u00a0: rédigez ensemble une note commune, avec l’avis minoritaire.")
    String home_consensus_intro();

    @Message("Rédiger la note commune du dossier {reference}")
    String home_consensus_link(String reference);

    @Message("Candidatures")
    String nav_files();

    @Message("Étapes de l’évaluation")
    String nav_label();
}
