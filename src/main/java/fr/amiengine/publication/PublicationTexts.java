package fr.amiengine.publication;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the administrators' publication pages (the publication of a panorama, one entry with its
 * feedback and audit), read as {@code {pub:name}} in the templates.
 */
@MessageBundle(value = "pub", locale = "fr")
public interface PublicationTexts {

    // Administration: publication of the panorama
    @Message("Publication — {code}")
    String publication_page_title(String code);

    @Message("Publication")
    String publication_crumb();

    @Message("Publication du panorama — {code}")
    String publication_title(String code);

    @Message("{title}. Rien n’est public avant «\u00a0Publier\u00a0»\u00a0: l’aperçu ci-dessous est exactement ce que la publication rendra public.")
    String publication_intro(String title);

    @Message("Où en est la publication")
    String publication_status_title();

    @Message("Campagne")
    String publication_campaign();

    @Message("Lettres de décision envoyées")
    String publication_letters();

    @Message("{sent} sur {expected}")
    String publication_letters_count(long sent, long expected);

    @Message(" — la publication attend qu’elles soient toutes parties")
    String publication_letters_waiting();

    @Message("Publication en cours")
    String publication_current();

    @Message("n° {revision}, première publication le {date}")
    String publication_current_revision(int revision, String date);

    @Message("voir le panorama public")
    String publication_public_link();

    @Message("aucune\u00a0: rien n’est public")
    String publication_current_none();

    @Message("Modifications en attente")
    String publication_pending();

    @Message("Aucune fiche n’a changé depuis la publication n°\u00a0{revision}\u00a0: «\u00a0Publier à nouveau\u00a0» vous sera proposé dès qu’une fiche aura été modifiée.")
    String publication_unchanged(int revision);

    @Message("Publier à nouveau avec les modifications")
    String publication_publish_again();

    @Message("Publier le panorama")
    String publication_publish();

    @Message("Modifications qui seront publiques à la prochaine publication")
    String publication_pending_caption();

    @Message("Fiche")
    String col_entry();

    @Message("Champ")
    String col_field();

    @Message("Avant")
    String col_before();

    @Message("Après")
    String col_after();

    @Message("Par, le, pourquoi")
    String col_by_at_why();

    @Message("Aperçu\u00a0: {count} solution{#if count > 1}s{/if} retenue{#if count > 1}s{/if}")
    String publication_preview_title(int count);

    @Message("Les fiches telles qu’elles seront publiées (publication n° {revision})")
    String publication_preview_caption(int revision);

    @Message("Solution")
    String col_solution();

    @Message("Famille")
    String col_family();

    @Message("Maturité")
    String col_maturity();

    @Message("Hébergement")
    String col_hosting();

    @Message("Contact publié")
    String col_contact();

    @Message("non (pas d’accord)")
    String publication_no_contact();

    @Message("Voir et modifier")
    String publication_edit();

    @Message(" la fiche {name}")
    String publication_edit_which(String name);

    @Message("Ne sont jamais publiés\u00a0: les notes et classements, les évaluateurs, les montants demandés, les dossiers non retenus, un contact sans l’accord de l’organisation.")
    String publication_never();

    @Message("Publications")
    String publications_caption();

    @Message("N°")
    String col_number();

    @Message("Le")
    String col_on();

    @Message("Par")
    String col_by();

    @Message("Solutions")
    String col_solutions();

    // Administration: one entry of the panorama
    @Message("Fiche {reference} — panorama {code}")
    String entry_page_title(String reference, String code);

    @Message("Publication {code}")
    String entry_crumb_publication(String code);

    @Message("{organisation} · {reference}. Une modification est publique à la prochaine publication\u00a0; chacune est gardée avec son auteur et sa raison.")
    String entry_intro(String organisation, String reference);

    @Message("Nom de la solution")
    String entry_name_label();

    @Message("Description")
    String entry_summary_label();

    @Message("Commence par https://")
    String entry_website_hint();

    @Message("Raison de la modification")
    String entry_note_label();

    @Message("Gardée dans l’historique des modifications (non publiée).")
    String entry_note_hint();

    @Message("Enregistrer la modification")
    String entry_save();

    @Message("Retour à la publication")
    String entry_back();

    @Message("Aucun retour d’expérience sur cette solution.")
    String entry_no_feedback();

    @Message("reçu le {date}")
    String entry_received(String date);

    @Message("Refusé ou retiré du panorama")
    String entry_hidden();

    @Message("Le modérer dans la file des retours")
    String entry_moderate();

    @Message("par {by}, le {at}\u00a0: {reason}")
    String entry_hidden_by(String by, String at, String reason);

    @Message("Raison du retrait")
    String entry_hide_label();

    @Message("Gardée, non publiée.")
    String entry_hide_hint();

    @Message("Retirer du panorama")
    String entry_hide();

    @Message(" le retour de {organisation}")
    String entry_hide_which(String organisation);

    @Message("Aucune modification depuis la préparation de la fiche.")
    String entry_no_change();

    @Message("Chaque modification de la fiche")
    String entry_audit_caption();

    @Message("Raison")
    String col_reason();

    @Message("Publiée")
    String col_published();

    @Message("publication n° {revision}")
    String entry_published_in(int revision);

    @Message("pas encore")
    String entry_not_yet();
}
