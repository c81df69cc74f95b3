package fr.amiengine.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the evaluation pages (members and administrators), read as {@code {ev:name}} in the
 * templates; the bundle of the shared layout is {@code msg}.
 */
@MessageBundle(value = "ev", locale = "fr")
public interface EvaluationTexts {

    @Message("Mes évaluations")
    String home_title();

    @Message("Les dossiers qui vous sont confiés, avec leur échéance. Vous ne voyez les évaluations des autres membres d'un dossier qu'après avoir soumis la vôtre.")
    String home_intro();

    @Message("Mes comités")
    String home_committees();

    @Message("Campagnes dont vous êtes membre du comité")
    String home_committees_caption();

    @Message("Campagne")
    String home_col_campaign();

    @Message("Déclaration d'intérêts")
    String home_col_declaration();

    @Message("faite le {date}")
    String home_declared_on(String date);

    @Message("À faire : déclarer mes liens")
    String home_declare();

    @Message("Vous n'êtes membre d'aucun comité pour l'instant.")
    String home_no_committee();

    @Message("Mes dossiers")
    String home_files();

    @Message("Dossiers à évaluer")
    String home_files_caption();

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

    @Message("Aucun dossier ne vous est encore confié (ou votre déclaration d'intérêts reste à faire).")
    String home_no_file();

    @Message("Notes communes à rédiger")
    String home_consensus();

    @Message("Votre binôme et vous êtes en désaccord sur ces dossiers : rédigez ensemble une note commune, avec l'avis minoritaire.")
    String home_consensus_intro();

    @Message("Rédiger la note commune du dossier {reference}")
    String home_consensus_link(String reference);

    @Message("Déclaration d'intérêts — {code}")
    String declaration_title(String code);

    @Message("Avant de voir un dossier, déclarez les organisations avec lesquelles vous avez un lien : votre employeur, une entreprise que vous avez conseillée, où vous avez une participation ou un proche. Aucun de leurs dossiers ne vous sera confié.")
    String declaration_intro();

    @Message("Liens déclarés")
    String declaration_links();

    @Message("Organisations dont vous ne verrez aucun dossier")
    String declaration_links_caption();

    @Message("SIREN")
    String declaration_col_siren();

    @Message("Nature du lien")
    String declaration_col_kind();

    @Message("Précision")
    String declaration_col_note();

    @Message("Aucun lien déclaré.")
    String declaration_none();

    @Message("Ajouter un lien")
    String declaration_add();

    @Message("SIREN de l'organisation")
    String declaration_siren();

    @Message("9 chiffres ; la clé de contrôle est vérifiée.")
    String declaration_siren_hint();

    @Message("Nature du lien")
    String declaration_kind();

    @Message("Précision")
    String declaration_note();

    @Message("Ajouter ce lien")
    String declaration_add_button();

    @Message("Terminer la déclaration")
    String declaration_done_title();

    @Message("Quand la liste est complète, terminez votre déclaration : les dossiers qui vous sont confiés deviennent accessibles. Vous pourrez encore ajouter un lien, et vous déporter d'un dossier à tout moment.")
    String declaration_done_intro();

    @Message("Ma déclaration est complète")
    String declaration_done_button();

    @Message("Déclaration terminée le {date}.")
    String declaration_completed(String date);

    @Message("Évaluation du dossier {reference}")
    String scoring_title(String reference);

    @Message("Échéance : {date}")
    String scoring_due(String date);

    @Message("L'échéance est dépassée : soumettez votre évaluation dès que possible.")
    String scoring_late();

    @Message("Évaluation soumise le {date} : elle est verrouillée. L'administration peut la rouvrir si nécessaire.")
    String scoring_submitted(String date);

    @Message("Votre évaluation")
    String scoring_grid();

    @Message("Notez chaque critère dans son barème et justifiez chaque note. Vous pouvez enregistrer un brouillon et y revenir ; une fois soumise, l'évaluation est verrouillée.")
    String scoring_grid_intro();

    @Message("{label}")
    String scoring_criterion(String label);

    @Message("Barème : de {min} à {max}, par pas de {step}.")
    String scoring_scale(String min, String max, String step);

    @Message("Note")
    String scoring_score();

    @Message("Justification")
    String scoring_justification();

    @Message("Enregistrer le brouillon")
    String scoring_save();

    @Message("Soumettre l'évaluation")
    String scoring_submit();

    @Message("Note globale pondérée : {total} sur 100")
    String scoring_total(String total);

    @Message("Évaluations des membres du dossier")
    String scoring_others();

    @Message("Notes soumises pour ce dossier")
    String scoring_others_caption();

    @Message("Membre")
    String scoring_col_member();

    @Message("Note globale")
    String scoring_col_total();

    @Message("Note normalisée")
    String scoring_col_normalised();

    @Message("Se déporter")
    String scoring_recuse();

    @Message("Si vous découvrez un lien avec cette organisation, déportez-vous : le dossier est confié à un autre membre et le lien s'ajoute à votre déclaration.")
    String scoring_recuse_intro();

    @Message("Raison du déport")
    String scoring_recuse_reason();

    @Message("Me déporter de ce dossier")
    String scoring_recuse_button();

    @Message("Le dossier")
    String scoring_file();

    @Message("Note commune — dossier {reference}")
    String consensus_title(String reference);

    @Message("Vos notes sont trop éloignées. Rédigez une note commune qui dit ce que le comité retient, et, s'il y en a un, l'avis minoritaire.")
    String consensus_intro();

    @Message("Note commune")
    String consensus_note();

    @Message("Avis minoritaire")
    String consensus_minority();

    @Message("Enregistrer la note commune")
    String consensus_button();

    @Message("Comité — {code}")
    String committee_title(String code);

    @Message("Les membres invités reçoivent le rôle évaluateur. Ils déclarent leurs liens d'intérêts avant de voir un dossier ; seuls les membres dont la déclaration est faite reçoivent des dossiers.")
    String committee_intro();

    @Message("Membres")
    String committee_members();

    @Message("{count} membre(s)")
    String committee_members_caption(int count);

    @Message("Membre")
    String committee_col_name();

    @Message("Administration")
    String committee_col_administration();

    @Message("Familles connues")
    String committee_col_families();

    @Message("Plafond")
    String committee_col_cap();

    @Message("Déclaration")
    String committee_col_declaration();

    @Message("Liens")
    String committee_col_links();

    @Message("faite")
    String committee_declared();

    @Message("en attente")
    String committee_pending();

    @Message("Inviter un membre")
    String committee_invite();

    @Message("Adresse électronique")
    String committee_email();

    @Message("Le compte est retrouvé dans Keycloak par cette adresse, si elle est vérifiée, ou créé : Keycloak envoie alors le lien de vérification.")
    String committee_email_hint();

    @Message("Prénom")
    String committee_first_name();

    @Message("Nom")
    String committee_last_name();

    @Message("Administration d'origine")
    String committee_administration();

    @Message("Familles fonctionnelles connues")
    String committee_families();

    @Message("Plafond de dossiers")
    String committee_cap();

    @Message("Inviter")
    String committee_invite_button();

    @Message("{name} est invité au comité.")
    String committee_invited(String name);

    @Message("Compte créé : Keycloak vient d'envoyer à cette adresse le lien qui permet de la vérifier et de choisir un mot de "
            + "passe (valable 7 jours). Le membre voit ses dossiers une fois connecté.")
    String committee_account_created();

    @Message("Conflits détectés")
    String committee_col_detected();

    @Message("Le compte existait déjà dans Keycloak, son adresse vérifiée ; il reçoit le rôle évaluateur.")
    String committee_existing_account();

    @Message("Liens d'intérêts déclarés")
    String committee_links_title();

    @Message("Comité")
    String nav_committee();

    @Message("Affectation")
    String nav_assignment();

    @Message("Tableau de bord")
    String nav_dashboard();

    @Message("Candidatures")
    String nav_files();

    @Message("Affectation — {code}")
    String assignment_title(String code);

    @Message("L'affectation automatique donne à chaque dossier recevable le nombre d'évaluateurs prévu, sans conflit d'intérêts, en équilibrant les charges et en préférant les experts de la famille (méthode exacte de flot à coût minimal). Vérifiez-la, changez un membre si besoin, puis publiez-la.")
    String assignment_intro();

    @Message("Affectation publiée ; échéance des évaluations : {date}.")
    String assignment_released(String date);

    @Message("Dernière affectation automatique impossible : {note}")
    String assignment_note(String note);

    @Message("Membres sans déclaration d'intérêts, donc sans dossier : {names}")
    String assignment_undeclared(String names);

    @Message("Lancer l'affectation automatique")
    String assignment_run();

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

    @Message("{count} dossier(s) affecté(s)")
    String assignment_files_caption(int count);

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

    @Message("Publier l'affectation")
    String assignment_release();

    @Message("Échéance des évaluations (heure de Paris)")
    String assignment_due();

    @Message("Publier aux évaluateurs")
    String assignment_release_button();

    @Message("Aucune affectation pour l'instant : invitez les membres, attendez leurs déclarations, puis lancez l'affectation automatique.")
    String assignment_none();

    @Message("Tableau de bord de l'évaluation — {code}")
    String dashboard_title(String code);

    @Message("Dossiers par état")
    String dashboard_files();

    @Message("Nombre de dossiers dans chaque état")
    String dashboard_files_caption();

    @Message("État")
    String dashboard_col_state();

    @Message("Dossiers")
    String dashboard_col_count();

    @Message("Évaluations : {submitted} soumises sur {assignments}, {drafts} brouillon(s) en cours, {late} en retard.")
    String dashboard_evaluations(long submitted, long assignments, long drafts, long late);

    @Message("Avancement dans le temps")
    String dashboard_chart();

    @Message("Évaluations soumises par jour et cumul")
    String dashboard_chart_caption();

    @Message("Jour")
    String dashboard_col_day();

    @Message("Soumises ce jour")
    String dashboard_col_day_count();

    @Message("Cumul")
    String dashboard_col_cumulative();

    @Message("Aucune évaluation soumise pour l'instant.")
    String dashboard_no_submission();

    @Message("Avancement des membres")
    String dashboard_members();

    @Message("Dossiers confiés, soumis et en retard par membre")
    String dashboard_members_caption();

    @Message("Membre")
    String dashboard_col_member();

    @Message("Confiés")
    String dashboard_col_assigned();

    @Message("Soumis")
    String dashboard_col_submitted();

    @Message("En retard")
    String dashboard_col_late();

    @Message("Désaccords signalés")
    String dashboard_disagreements();

    @Message("Dossiers dont les évaluateurs divergent au-delà de l'écart toléré")
    String dashboard_disagreements_caption();

    @Message("Dossier")
    String dashboard_col_file();

    @Message("Écarts")
    String dashboard_col_detail();

    @Message("Suite")
    String dashboard_col_action();

    @Message("évaluateur supplémentaire désigné")
    String dashboard_third();

    @Message("note commune demandée")
    String dashboard_consensus();

    @Message("Aucun désaccord.")
    String dashboard_no_disagreement();

    @Message("Évaluations du dossier {reference}")
    String evaluations_title(String reference);

    @Message("Résultat consolidé")
    String evaluations_consolidated();

    @Message("Note brute (moyenne des notes globales) : {score} sur 100")
    String evaluations_raw(String score);

    @Message("Note normalisée : {score} sur 100")
    String evaluations_normalised(String score);

    @Message("Tous les seuils sont atteints.")
    String evaluations_eligible();

    @Message("Un seuil au moins n'est pas atteint : le dossier ne peut pas être retenu.")
    String evaluations_not_eligible();

    @Message("Désaccord : {detail}")
    String evaluations_disagreement(String detail);

    @Message("Moyennes par critère")
    String evaluations_criteria_caption();

    @Message("Critère")
    String evaluations_col_criterion();

    @Message("Moyenne")
    String evaluations_col_mean();

    @Message("Seuil")
    String evaluations_col_threshold();

    @Message("Écart")
    String evaluations_col_spread();

    @Message("atteint")
    String evaluations_met();

    @Message("non atteint")
    String evaluations_not_met();

    @Message("Note commune : {note}")
    String evaluations_consensus(String note);

    @Message("Avis minoritaire : {view}")
    String evaluations_minority(String view);

    @Message("Évaluations soumises")
    String evaluations_members();

    @Message("Aucune évaluation soumise.")
    String evaluations_none();

    @Message("Calcul de la note normalisée : {explanation}")
    String evaluations_normalisation(String explanation);

    @Message("Affectations du dossier")
    String evaluations_assignments();

    @Message("Rouvrir l'évaluation de {name}")
    String evaluations_reopen(String name);

    @Message("Motif de la réouverture (conservé)")
    String evaluations_reopen_reason();

    @Message("Rouvrir")
    String evaluations_reopen_button();

    @Message("Étapes de l'évaluation")
    String nav_label();
}
