package fr.amiengine.workshops;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the workshops: pages ({@code {atelier:name}} in the templates), refusals of the API, mails and the .ics. */
@MessageBundle(value = "atelier", locale = "fr")
public interface WorkshopTexts {

    // Laureates: the calendar
    @Message("Ateliers des lauréats")
    String calendar_title();

    @Message("Mon espace")
    String crumb_space();

    @Message("Des ateliers pour les entreprises lauréates\u00a0: comprendre l’achat public (procédures, seuils, groupements d’achat), la souveraineté numérique et les qualifications attendues par les administrations. Inscrivez-vous dans la limite des places\u00a0; la veille, chaque inscrit reçoit un rappel par courriel avec l’événement à ajouter à son agenda.")
    String calendar_intro();

    @Message("Aucun atelier n’est programmé pour le moment.")
    String calendar_none();

    @Message("Inscription impossible")
    String calendar_refused();

    @Message("Vous êtes inscrit à l’atelier «\u00a0{title}\u00a0». La veille, vous recevrez un rappel par courriel.")
    String page_registered(String title);

    @Message("Vous êtes inscrit à l’atelier «\u00a0{title}\u00a0». Le rappel de la veille est déjà parti\u00a0: ajoutez l’atelier à votre agenda avec le fichier .ics.")
    String page_registered_late(String title);

    @Message("Vous n’êtes plus inscrit à l’atelier «\u00a0{title}\u00a0»\u00a0; votre place est libérée.")
    String page_unregistered(String title);

    @Message("Quand")
    String col_when();

    @Message("Lieu")
    String col_place();

    @Message("Visioconférence")
    String col_visio();

    @Message("Places")
    String col_seats();

    @Message("{left} place{#if left > 1}s{/if} restante{#if left > 1}s{/if} sur {capacity}")
    String seats_left(int left, int capacity);

    @Message("Annulé")
    String state_cancelled();

    @Message("Inscrit")
    String state_registered();

    @Message("Complet")
    String state_full();

    @Message("Commencé ou passé")
    String state_started();

    @Message("Inscriptions ouvertes")
    String state_open();

    @Message("Cet atelier est annulé\u00a0: {reason}")
    String cancelled_reason(String reason);

    @Message("Vous êtes inscrit\u00a0; le rappel vous parviendra la veille.")
    String registered_line();

    @Message("Vous êtes inscrit.")
    String registered_line_late();

    @Message("S’inscrire à «\u00a0{title}\u00a0»")
    String register_button(String title);

    @Message("Se désinscrire de «\u00a0{title}\u00a0»")
    String unregister_button(String title);

    @Message("Ajouter à mon agenda (.ics)")
    String ics_link();

    // Administrators
    @Message("Ateliers des lauréats")
    String admin_title();

    @Message("Programmez les ateliers proposés aux entreprises lauréates (achat public, souveraineté numérique…)\u00a0: leur date, leur durée, leur lieu ou leur lien de visioconférence, et leur nombre de places. Les membres des organisations lauréates d’une campagne publiée s’y inscrivent\u00a0; la veille, chaque inscrit reçoit un rappel. Annuler un atelier avertit ses inscrits.")
    String admin_intro();

    @Message("{count} atelier{#if count > 1}s{/if}")
    String admin_caption(int count);

    @Message("Aucun atelier n’est programmé.")
    String admin_none();

    @Message("Atelier")
    String col_title();

    @Message("Thème")
    String col_theme();

    @Message("Inscrits")
    String col_registered();

    @Message("État")
    String col_state();

    @Message("Raison de l’annulation")
    String col_cancellation();

    @Message("{taken} inscrit{#if taken > 1}s{/if} sur {capacity} place{#if capacity > 1}s{/if}")
    String taken_of(int taken, int capacity);

    @Message("{count} inscrit{#if count > 1}s{/if}, dans l’ordre d’inscription")
    String registrants_caption(int count);

    @Message("Personne n’est encore inscrit.")
    String registrants_none();

    @Message("Inscrit")
    String col_person();

    @Message("Organisation")
    String col_organisation();

    @Message("Inscrit le")
    String col_registered_at();

    @Message("Programmer un atelier")
    String form_title();

    @Message("Titre")
    String form_name();

    @Message("Thème")
    String form_theme();

    @Message("Présentation")
    String form_description();

    @Message("Date")
    String form_date();

    @Message("Heure de début (heure de Paris)")
    String form_start();

    @Message("Durée en minutes")
    String form_minutes();

    @Message("Lieu")
    String form_place();

    @Message("Adresse de la salle. Indiquez un lieu, un lien de visioconférence, ou les deux.")
    String form_place_hint();

    @Message("Lien de visioconférence")
    String form_visio();

    @Message("Adresse en https://")
    String form_visio_hint();

    @Message("Nombre de places")
    String form_capacity();

    @Message("Programmer l’atelier")
    String form_submit();

    @Message("Choisissez le thème de l’atelier")
    String form_theme_required();

    @Message("Date attendue au format aaaa-mm-jj")
    String form_date_format();

    @Message("Saisissez une heure au format HH:MM")
    String form_time_format();

    @Message("Saisissez un nombre entier")
    String form_number_format();

    @Message("Annuler l’atelier")
    String cancel_title();

    @Message("Raison de l’annulation")
    String cancel_reason();

    @Message("Les inscrits la liront dans le courriel qui les avertit.")
    String cancel_reason_hint();

    @Message("Annuler l’atelier et avertir les inscrits")
    String cancel_submit();

    // Refusals
    @Message("Les ateliers sont réservés aux membres des organisations lauréates d’une campagne publiée. Si votre entreprise a été retenue, rattachez votre compte à son organisation depuis «\u00a0Mon espace\u00a0».")
    String error_not_laureate();

    @Message("Aucun atelier n’a le numéro {id}.")
    String error_unknown(Long id);

    @Message("La date de l’atelier doit être postérieure à aujourd’hui.")
    String error_date_past();

    @Message("Indiquez un lieu ou un lien de visioconférence.")
    String error_no_place();

    @Message("Le lien de visioconférence doit être une adresse en https://.")
    String error_visio_url();

    @Message("L’atelier «\u00a0{title}\u00a0» est déjà annulé.")
    String error_already_cancelled(String title);

    @Message("L’atelier «\u00a0{title}\u00a0» a commencé ou est passé\u00a0: les inscriptions et l’annulation sont closes.")
    String error_started(String title);

    @Message("L’atelier «\u00a0{title}\u00a0» est annulé\u00a0: on ne peut plus s’y inscrire.")
    String error_cancelled(String title);

    @Message("Vous êtes déjà inscrit à l’atelier «\u00a0{title}\u00a0».")
    String error_already_registered(String title);

    @Message("L’atelier «\u00a0{title}\u00a0» est complet ({capacity} place{#if capacity > 1}s{/if}). Une place peut se libérer si un inscrit se désinscrit.")
    String error_full(String title, int capacity);

    @Message("Vous n’êtes pas inscrit à l’atelier «\u00a0{title}\u00a0».")
    String error_not_registered(String title);

    // Mails and calendar
    @Message("Rappel\u00a0: atelier «\u00a0{title}\u00a0» le {date}")
    String mail_reminder_subject(String title, String date);

    @Message("""
            Bonjour,

            Vous êtes inscrit à l’atelier «\u00a0{title}\u00a0» ({theme})\u00a0:
            - quand\u00a0: {when} (heure de Paris)\u00a0;
            - où\u00a0: {where}.

            L’événement est joint à ce courriel (fichier .ics) pour votre agenda.
            Si vous ne pouvez plus venir, libérez votre place\u00a0: {link}

            L’équipe de la plateforme AMI""")
    String mail_reminder_body(String title, String theme, String when, String where, String link);

    @Message("Atelier annulé\u00a0: «\u00a0{title}\u00a0»")
    String mail_cancellation_subject(String title);

    @Message("""
            Bonjour,

            L’atelier «\u00a0{title}\u00a0» prévu le {when} (heure de Paris), auquel vous étiez inscrit, est annulé.
            Raison\u00a0: {reason}

            Les autres ateliers sont sur {link}

            L’équipe de la plateforme AMI""")
    String mail_cancellation_body(String title, String when, String reason, String link);

    @Message("Atelier des lauréats\u00a0: {title}")
    String ics_summary(String title);

    @Message("Thème\u00a0: {theme}. Inscriptions et désinscriptions\u00a0: {link}")
    String ics_description(String theme, String link);
}
