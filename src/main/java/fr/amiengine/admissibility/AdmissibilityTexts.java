package fr.amiengine.admissibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the admissibility pages (candidatures of a campaign, review of one), read as {@code {adm:name}}
 * in the templates.
 */
@MessageBundle(value = "adm", locale = "fr")
public interface AdmissibilityTexts {

    // Shared by the admissibility pages
    @Message("Candidatures {code}")
    String crumb_admin_candidatures(String code);

    // Administration: candidatures of a campaign
    @Message("Candidatures — {code}")
    String admin_candidatures_page_title(String code);

    @Message("Candidatures — {title}")
    String admin_candidatures_title(String title);

    @Message("{code} · campagne {state} · date limite {date}")
    String admin_candidatures_meta(String code, String state, String date);

    @Message("La campagne est close. Une fois chaque dossier examiné, lancez l’évaluation\u00a0: les dossiers recevables passent au comité.")
    String admin_candidatures_closed_hint();

    @Message("Lancer l’évaluation")
    String admin_candidatures_launch_evaluation();

    @Message("Filtrer les candidatures")
    String admin_candidatures_filters();

    @Message("État")
    String admin_candidatures_filter_state();

    @Message("Famille fonctionnelle")
    String admin_candidatures_filter_family();

    @Message("Volet")
    String admin_candidatures_filter_track();

    @Message("Tous")
    String admin_candidatures_filter_all();

    @Message("Toutes")
    String admin_candidatures_filter_all_feminine();

    @Message("Filtrer")
    String admin_candidatures_filter();

    @Message("{#if total == 0}Aucune candidature{#else if total == 1}1 candidature{#else if first == 1 && last == total}{total} candidatures{#else}{total} candidatures, {first} à {last} sur cette page{/if}")
    String admin_candidatures_caption(long total, long first, long last);

    @Message("Rechercher (référence, nom ou SIREN)")
    String admin_candidatures_search();

    @Message("Les accents et les majuscules sont ignorés.")
    String admin_candidatures_search_hint();

    @Message("Aucune candidature ne correspond à ces critères.")
    String admin_candidatures_none();

    @Message("Référence")
    String admin_candidatures_col_reference();

    @Message("Organisation")
    String admin_candidatures_col_organisation();

    @Message("Solution")
    String admin_candidatures_col_solution();

    @Message("Famille")
    String admin_candidatures_col_family();

    @Message("Volet")
    String admin_candidatures_col_track();

    @Message("État")
    String admin_candidatures_col_state();

    @Message("Soumise le")
    String admin_candidatures_col_submitted();

    @Message("SIREN {siren}")
    String admin_candidatures_siren(String siren);

    // Administration: admissibility of one candidature
    @Message("Recevabilité — {reference}")
    String admissibility_page_title(String reference);

    @Message("{name} (SIREN {siren}, {kind})")
    String admissibility_organisation(String name, String siren, String kind);

    @Message("Décision de recevabilité")
    String admissibility_decision_title();

    @Message("Décision")
    String admissibility_outcome_label();

    @Message("Motif")
    String admissibility_reason_label();

    @Message("Obligatoire pour une irrecevabilité ou une correction\u00a0; il est communiqué au candidat.")
    String admissibility_reason_hint();

    @Message("Échéance de la correction (heure de Paris)")
    String admissibility_due_label();

    @Message("Seulement pour une correction\u00a0: 60 jours au plus.")
    String admissibility_due_hint();

    @Message("Vérifier la décision")
    String admissibility_submit();

    @Message("Confirmer la décision de recevabilité — {reference}")
    String confirm_title(String reference);

    @Message("Confirmer la décision")
    String confirm_crumb();

    @Message("Le dossier sera déclaré recevable et passera à l’évaluation par le comité.")
    String confirm_admissible();

    @Message("Le dossier sera déclaré irrecevable et écarté de l’évaluation\u00a0; le candidat lira le motif ci-dessous sur la page de sa candidature.")
    String confirm_inadmissible();

    @Message("Le dossier sera renvoyé au candidat, qui pourra le corriger et le soumettre à nouveau jusqu’au {date}\u00a0; faute de correction à cette date, il deviendra irrecevable.")
    String confirm_correction(String date);

    @Message("Une fois confirmée, la décision est enregistrée et ne peut plus être modifiée.")
    String confirm_final();

    @Message("Décision")
    String confirm_decision();

    @Message("Motif")
    String confirm_reason();

    @Message("Échéance de la correction")
    String confirm_due();

    @Message("Confirmer la décision")
    String confirm_submit();

    @Message("Modifier")
    String confirm_change();
}
