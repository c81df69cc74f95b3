package fr.amiengine.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the candidate's candidature pages (follow-up, form, review, confirmation, withdrawal), read as
 * {@code {cand:name}} in the templates.
 */
@MessageBundle(value = "cand", locale = "fr")
public interface CandidatureTexts {

    // Shared by the candidature pages
    @Message("Candidature {reference}")
    String candidature_title(String reference);

    @Message("Candidature")
    String candidature_label();

    @Message("à l’appel «\u00a0{call}\u00a0»")
    String candidature_in_call(String call);

    @Message("Vérifier et soumettre")
    String review_and_submit();

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

    @Message("La date limite de dépôt est passée\u00a0: ce brouillon est conservé mais ne peut plus être soumis.")
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

    @Message("Joignez au moins un PDF présentant la solution\u00a0: document lisible, non protégé par mot de passe, de {maxMegabytes} Mo au plus ({maxCount} pièces au plus).")
    String section_pieces_intro(long maxMegabytes, int maxCount);

    @Message("Aucune pièce jointe pour l’instant.")
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

    @Message("Ce qu’elle fait, pour quels agents ou usagers, avec quel bénéfice attendu (4 000 caractères au plus).")
    String section_solution_summary_hint();

    @Message("Maturité fonctionnelle")
    String section_solution_maturity_label();

    @Message("Montant demandé (€)")
    String section_solution_amount_label();

    @Message("Seulement pour un volet doté d’un budget, dans la limite de ce budget.")
    String section_solution_amount_hint();

    @Message("Interfaces (API) proposées")
    String section_integration_apis_label();

    @Message("Standards et formats pris en charge")
    String section_integration_standards_label();

    @Message("Fédération d’identité")
    String section_integration_identity_label();

    @Message("Par exemple ProConnect, OpenID Connect, SAML.")
    String section_integration_identity_hint();

    @Message("Modes de déploiement")
    String section_integration_deployment_label();

    @Message("La solution est-elle conforme au RGPD\u00a0?")
    String section_compliance_gdpr_label();

    @Message("Où les données sont-elles hébergées\u00a0?")
    String section_compliance_hosting_label();

    @Message("Qualifications et certifications de sécurité")
    String section_compliance_security_label();

    @Message("Cochez celles que la solution détient\u00a0; aucune si aucune.")
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

    @Message("Publier ce contact sur le panorama si la solution est retenue\u00a0?")
    String section_contact_publish_label();

    @Message("Sans votre accord, le panorama public ne montre que le nom de l’organisation, jamais le contact.")
    String section_contact_publish_hint();

    // Candidature: review and submit
    @Message("Vérifier et soumettre — candidature {reference}")
    String review_page_title(String reference);

    @Message("La candidature n’a pas été soumise")
    String review_refused_title();

    @Message("Votre brouillon est conservé tel quel.")
    String review_draft_kept();

    @Message("La date limite est passée\u00a0: la candidature ne peut plus être soumise. Votre brouillon reste enregistré.")
    String review_deadline_passed();

    @Message("Informations manquantes")
    String review_missing_region();

    @Message("Il manque {count} {#if count < 2}information{#else}informations{/if} avant de pouvoir soumettre")
    String review_missing_title(int count);

    @Message("En soumettant, vous certifiez l’exactitude des informations déclarées. Vous recevrez un accusé de réception.")
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

    @Message("Référence\u00a0: {reference}")
    String confirmation_reference(String reference);

    @Message("Soumise le {date} à l’appel «\u00a0{call}\u00a0».")
    String confirmation_submitted(String date, String call);

    @Message("Le dossier est incomplet")
    String confirmation_incomplete_title();

    @Message("Complétez-le avant le {date} puis soumettez-le à nouveau.")
    String confirmation_complete_before(String date);

    @Message("L’administration vérifie maintenant sa recevabilité. Vous suivez son avancement sur la page de la candidature.")
    String confirmation_next_step();

    @Message("Suivre ma candidature")
    String confirmation_follow();

    @Message("Votre accusé de réception")
    String confirmation_receipt_title();

    @Message("L’accusé de réception, preuve de votre dépôt, est envoyé par courriel à {email}, l’adresse du contact de la candidature. Il part quelques instants après la soumission.")
    String confirmation_receipt_sent(String email);

    @Message("Télécharger l’accusé de réception")
    String confirmation_receipt_download();

    @Message("(PDF, candidature {reference})")
    String confirmation_receipt_format(String reference);

    @Message("Pour toute question sur l’appel, écrivez à {service}\u00a0: {email}.")
    String confirmation_contact(String service, String email);

    // Candidature: withdrawal
    @Message("Retirer la candidature {reference}")
    String withdraw_title(String reference);

    @Message("Retrait")
    String withdraw_crumb();

    @Message("Le retrait est définitif\u00a0: la candidature ne sera plus examinée et ne pourra pas être soumise à nouveau.")
    String withdraw_warning();

    @Message("Motif du retrait")
    String withdraw_reason_label();

    @Message("Retirer définitivement")
    String withdraw_submit();

    // Candidature: the link to the decision
    @Message("Décision du comité et lettre")
    String decision_link();
}
