package fr.amiengine.evaluation.committee;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the committee's pages (the administrators' list and invitation, a member's declaration of
 * interests), read as {@code {committee:name}} in the templates.
 */
@MessageBundle(value = "committee", locale = "fr")
public interface CommitteeTexts {

    @Message("Déclaration d’intérêts — {code}")
    String declaration_title(String code);

    @Message("Avant de voir un dossier, déclarez les organisations avec lesquelles vous avez un lien\u00a0: votre employeur, une entreprise que vous avez conseillée, où vous avez une participation ou un proche. Aucun de leurs dossiers ne vous sera confié.")
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

    @Message("SIREN de l’organisation")
    String declaration_siren();

    @Message("9 chiffres\u00a0; la clé de contrôle est vérifiée.")
    String declaration_siren_hint();

    @Message("Nature du lien")
    String declaration_kind();

    @Message("Précision")
    String declaration_note();

    @Message("Ajouter ce lien")
    String declaration_add_button();

    @Message("Terminer la déclaration")
    String declaration_done_title();

    @Message("Quand la liste est complète, terminez votre déclaration\u00a0: les dossiers qui vous sont confiés deviennent accessibles. Vous pourrez encore ajouter un lien, et vous déporter d’un dossier à tout moment.")
    String declaration_done_intro();

    @Message("Ma déclaration est complète")
    String declaration_done_button();

    @Message("Déclaration terminée le {date}.")
    String declaration_completed(String date);

    @Message("Comité — {code}")
    String committee_title(String code);

    @Message("Les membres invités reçoivent le rôle évaluateur. Ils déclarent leurs liens d’intérêts avant de voir un dossier\u00a0; seuls les membres dont la déclaration est faite reçoivent des dossiers.")
    String committee_intro();

    @Message("Membres")
    String committee_members();

    @Message("{count} {#if count < 2}membre{#else}membres{/if}")
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

    @Message("Le compte de connexion est retrouvé par cette adresse, si elle est vérifiée, ou créé\u00a0: la personne reçoit alors par courriel le lien qui vérifie son adresse.")
    String committee_email_hint();

    @Message("Prénom")
    String committee_first_name();

    @Message("Nom")
    String committee_last_name();

    @Message("Administration d’origine")
    String committee_administration();

    @Message("Familles fonctionnelles connues")
    String committee_families();

    @Message("Plafond de dossiers")
    String committee_cap();

    @Message("Inviter")
    String committee_invite_button();

    @Message("{name} est invité au comité.")
    String committee_invited(String name);

    @Message("Compte créé\u00a0: un courriel vient de partir vers cette adresse, avec le lien qui permet de la vérifier et de choisir un mot de "
            + "passe (valable 7 jours). Le membre voit ses dossiers une fois connecté.")
    String committee_account_created();

    @Message("Conflits détectés")
    String committee_col_detected();

    @Message("Le compte de connexion existait déjà, son adresse vérifiée\u00a0; il reçoit le rôle d’évaluateur.")
    String committee_existing_account();

    @Message("Liens d’intérêts déclarés")
    String committee_links_title();

    @Message("Comité")
    String nav_committee();
}
