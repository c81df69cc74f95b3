package fr.amiengine.meetings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the meetings: pages ({@code {rdv:name}} in the templates), refusals of the API, mails and the
 * invitation's calendar event.
 */
@MessageBundle(value = "rdv", locale = "fr")
public interface MeetingTexts {

    // Administrators: days and schedule
    @Message("Rencontres acheteurs – lauréats")
    String days_title();

    @Message("Ouvrez une journée où les lauréats d’une campagne rencontrent des acheteurs publics\u00a0: sa date, son lieu ou son lien de visioconférence (au moins l’un des deux) et ses créneaux. Les acheteurs demandent un créneau dès que le panorama de la campagne est publié\u00a0; chaque lauréat accepte ou refuse.")
    String days_intro();

    @Message("{count} journée{#if count > 1}s{/if} de rencontres")
    String days_caption(int count);

    @Message("Date")
    String col_date();

    @Message("Campagne")
    String col_campaign();

    @Message("Lieu ou visioconférence")
    String col_where();

    @Message("Créneaux")
    String col_slots();

    @Message("Aucune journée de rencontres n’est ouverte.")
    String days_none();

    @Message("Ouvrir une journée")
    String days_form_title();

    @Message("Campagne")
    String form_campaign();

    @Message("Date de la journée")
    String form_date();

    @Message("Titre")
    String form_title();

    @Message("Par défaut\u00a0: «\u00a0Rencontres acheteurs – lauréats\u00a0» et le code de la campagne.")
    String form_title_hint();

    @Message("Lieu")
    String form_place();

    @Message("Adresse de la salle\u00a0; laissez vide si la journée se tient seulement en visioconférence.")
    String form_place_hint();

    @Message("Lien de visioconférence")
    String form_visio();

    @Message("Adresse https://…\u00a0; laissez vide si la journée se tient seulement sur place.")
    String form_visio_hint();

    @Message("Premier créneau à (heure de Paris)")
    String form_from();

    @Message("Fin du dernier créneau à")
    String form_to();

    @Message("Durée d’un créneau (minutes)")
    String form_minutes();

    @Message("Ouvrir la journée")
    String form_submit();

    @Message("Date attendue au format aaaa-mm-jj")
    String form_date_format();

    @Message("Heure attendue au format hh:mm")
    String form_time_format();

    @Message("Durée attendue en minutes (un nombre entier)")
    String form_minutes_format();

    @Message("Choisissez un créneau")
    String form_slot_required();

    @Message("Programme du {date}")
    String schedule_title(String date);

    @Message("Chaque créneau de la journée, qui rencontre qui et où en est chaque demande.")
    String schedule_intro();

    @Message("Créneau")
    String col_slot();

    @Message("Acheteur")
    String col_buyer();

    @Message("Lauréat")
    String col_laureate();

    @Message("État")
    String col_state();

    @Message("Libre")
    String slot_free();

    @Message("Programme de la journée, {count} créneau{#if count > 1}x{/if}")
    String schedule_caption(int count);

    @Message("Panorama non publié\u00a0: les acheteurs pourront demander un créneau après sa publication.")
    String day_unpublished();

    @Message("Rencontres acheteurs – lauréats {code}")
    String day_default_title(String code);

    // Buyers
    @Message("Demander un rendez-vous")
    String open_title();

    @Message("Les journées de rencontres à venir des panoramas publiés. Pour chaque lauréat, les créneaux encore libres pour lui et pour vous\u00a0; une demande réserve le créneau jusqu’à la réponse du lauréat, qui doit répondre au plus tard 24 heures avant.")
    String open_intro();

    @Message("Aucune journée de rencontres n’est ouverte aux demandes pour l’instant.")
    String open_none();

    @Message("Aucun créneau libre.")
    String open_no_slot();

    @Message("Créneau")
    String open_slot();

    @Message("Pour l’un de vos besoins")
    String open_need();

    @Message("Aucun besoin en particulier")
    String open_no_need();

    @Message("Message au lauréat")
    String open_message();

    @Message("Ce que vous voulez aborder (cas d’usage, conditions de déploiement…).")
    String open_message_hint();

    @Message("Demander ce créneau")
    String open_submit();

    @Message("Mes demandes de rendez-vous")
    String requests_title();

    @Message("Les demandes de votre administration et leur état\u00a0; vous recevez l’invitation (.ics) par courriel dès qu’un lauréat accepte.")
    String requests_intro();

    @Message("Aucune demande de rendez-vous.")
    String requests_none();

    @Message("{count} demande{#if count > 1}s{/if}")
    String requests_caption(int count);

    @Message("Demander un rendez-vous")
    String solution_link();

    // Laureates
    @Message("Demandes de rendez-vous reçues")
    String invitations_title();

    @Message("Les acheteurs publics qui veulent vous rencontrer. Acceptez\u00a0: chacun reçoit une invitation (.ics). Refusez, en disant pourquoi si vous le souhaitez\u00a0: le créneau est libéré et l’acheteur en est averti.")
    String invitations_intro();

    @Message("Aucune demande de rendez-vous reçue.")
    String invitations_none();

    @Message("Accepter")
    String accept();

    @Message("Refuser")
    String decline();

    @Message("Raison du refus")
    String decline_reason();

    @Message("Besoin\u00a0: {reference} — {title}")
    String need_line(String reference, String title);

    @Message("Rendez-vous")
    String crumb();

    // Refusals
    @Message("Aucune campagne «\u00a0{code}\u00a0».")
    String error_unknown_campaign(String code);

    @Message("La campagne {code} est encore un brouillon\u00a0: ses lauréats ne sont pas connus. Ouvrez la journée une fois la campagne ouverte.")
    String error_draft_campaign(String code);

    @Message("La journée doit être postérieure à aujourd’hui.")
    String error_day_past();

    @Message("Indiquez un lieu ou un lien de visioconférence (au moins l’un des deux).")
    String error_no_place();

    @Message("Le lien de visioconférence doit être une adresse https://…")
    String error_visio_url();

    @Message("Deux créneaux commencent à {start}.")
    String error_slot_twice(String start);

    @Message("Le créneau de {start} dépasse minuit.")
    String error_slot_midnight(String start);

    @Message("Le créneau de {start} empiète sur celui de {next}.")
    String error_slot_overlap(String start, String next);

    @Message("Donnez soit la liste des créneaux, soit une plage à découper, pas les deux.")
    String error_slots_both();

    @Message("Donnez au moins un créneau (une liste, ou une plage de début, de fin et de durée).")
    String error_no_slot();

    @Message("La fin doit suivre le début.")
    String error_range_order();

    @Message("La plage est plus courte qu’un créneau.")
    String error_range_short();

    @Message("Une journée compte au plus 100 créneaux.")
    String error_too_many_slots();

    @Message("Aucune journée de rencontres n° {id}.")
    String error_unknown_day(Long id);

    @Message("Aucun créneau n° {id}.")
    String error_unknown_slot(Long id);

    @Message("Le panorama de la campagne {code} n’est pas encore publié\u00a0: ses lauréats ne peuvent être sollicités qu’après sa publication. Rien n’a été enregistré.")
    String error_unpublished(String code);

    @Message("Ce créneau ({date}) est passé ou commence dans moins de 24 heures\u00a0: le lauréat n’aurait pas le temps de répondre. Choisissez un créneau plus tardif\u00a0; rien n’a été enregistré.")
    String error_slot_too_late(String date);

    @Message("La solution {reference} n’est pas au panorama publié de la campagne {code}.")
    String error_not_laureate(String reference, String code);

    @Message("Vous ne pouvez pas demander un rendez-vous avec votre propre organisation.")
    String error_own_solution();

    @Message("Aucun besoin {reference} de votre administration.")
    String error_unknown_need(String reference);

    @Message("«\u00a0{name}\u00a0» a déjà un rendez-vous sur ce créneau\u00a0: choisissez-en un autre. Rien n’a été enregistré.")
    String error_laureate_booked(String name);

    @Message("Vous (ou votre administration) avez déjà un rendez-vous sur ce créneau\u00a0: choisissez-en un autre. Rien n’a été enregistré.")
    String error_buyer_booked();

    @Message("Ce créneau vient d’être réservé par une autre demande, pour vous ou pour ce lauréat\u00a0: choisissez-en un autre. Rien n’a été enregistré.")
    String error_booked_concurrently();

    @Message("Aucune demande de rendez-vous n° {id} adressée à votre organisation.")
    String error_unknown_meeting(Long id);

    @Message("Cette demande n’attend plus de réponse\u00a0: elle est déjà {state}.")
    String error_already_answered(String state);

    @Message("Seuls les membres d’une administration ou d’un établissement public demandent un rendez-vous aux lauréats\u00a0; votre compte n’est rattaché à aucune administration.")
    String error_not_buyer();

    @Message("L’administration «\u00a0{name}\u00a0» n’a pas encore été vérifiée par un administrateur de la plateforme\u00a0: ses membres pourront demander des rendez-vous après cette vérification. Rien n’a été enregistré.")
    String error_unverified(String name);

    // Mails and the calendar event
    @Message("Rendez-vous confirmé\u00a0: {solution}, le {date}")
    String mail_invitation_subject(String solution, String date);

    @Message("Bonjour,\n\nLe rendez-vous entre {buyer} et {laureate} au sujet de «\u00a0{solution}\u00a0» est confirmé\u00a0:\n\n{when}\n{where}\n({day})\n\nL’invitation jointe (.ics) l’ajoute à votre agenda.\n\nL’équipe de la campagne")
    String mail_invitation_body(String buyer, String laureate, String solution, String when, String where, String day);

    @Message("Rendez-vous refusé\u00a0: {solution}")
    String mail_refusal_subject(String solution);

    @Message("Bonjour,\n\n{laureate} ne peut pas vous rencontrer au sujet de «\u00a0{solution}\u00a0» le {when}.{#if reason} Sa raison\u00a0: «\u00a0{reason}\u00a0».{/if}\n\nLe créneau est libéré\u00a0; vous pouvez en demander un autre\u00a0:\n{link}\n\nL’équipe de la campagne")
    String mail_refusal_body(String laureate, String solution, String when, String reason, String link);

    @Message("Demande de rendez-vous expirée\u00a0: {solution}")
    String mail_expiry_subject(String solution);

    @Message("Bonjour,\n\n{laureate} n’a pas répondu à votre demande de rendez-vous au sujet de «\u00a0{solution}\u00a0» le {when}\u00a0; la demande a expiré 24 heures avant le créneau, qui est libéré.\n\nVous pouvez demander un autre créneau\u00a0:\n{link}\n\nL’équipe de la campagne")
    String mail_expiry_body(String laureate, String solution, String when, String link);

    @Message("Rendez-vous {buyer} – {laureate} ({solution})")
    String ics_summary(String buyer, String laureate, String solution);

    @Message("{day}. Solution\u00a0: {solution}.{#if need} Besoin\u00a0: {need}.{/if}{#if message} Message de l’acheteur\u00a0: {message}{/if}")
    String ics_description(String day, String solution, String need, String message);
}
