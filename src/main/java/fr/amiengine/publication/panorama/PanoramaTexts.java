package fr.amiengine.publication.panorama;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the public panorama pages (the list, a campaign's panorama and its search, a solution, the
 * feedback form), read as {@code {pano:name}} in the templates; the administrators' pages reuse its labels of a
 * solution.
 */
@MessageBundle(value = "pano", locale = "fr")
public interface PanoramaTexts {

    // Public panoramas: the list
    @Message("Panoramas des solutions retenues")
    String panoramas_title();

    @Message("Panoramas")
    String panoramas_crumb();

    @Message("Les solutions retenues par les comités, classées par famille fonctionnelle, pour que les acheteurs publics trouvent celles qui répondent à leurs besoins. Chaque panorama est aussi publié en données ouvertes (JSON et CSV).")
    String panoramas_intro();

    @Message("Aucun panorama n’est encore publié.")
    String panoramas_none();

    @Message("{code} · publié le {date} · {solutions} solution{#if solutions > 1}s{/if}")
    String panoramas_meta(String code, String date, int solutions);

    // Public panorama of a campaign, and its search
    @Message("Recherche — ")
    String panorama_search_prefix();

    @Message("Panorama — {title}")
    String panorama_page_title(String title);

    @Message("Panorama des solutions retenues — {title}")
    String panorama_title(String title);

    @Message("{count} solution{#if count > 1}s{/if} retenue{#if count > 1}s{/if}, par famille fonctionnelle. Publication n° {revision} du {date}.")
    String panorama_intro(int count, int revision, String date);

    @Message("Données ouvertes\u00a0:")
    String panorama_open_data();

    @Message("schéma JSON")
    String panorama_json_schema();

    @Message("Registres de la sélection")
    String panorama_ledgers();

    @Message("Chaque examen de recevabilité, chaque note et chaque décision de cette campagne est inscrit dans un registre dont chaque ligne porte l’empreinte (SHA-256) de la précédente. À la publication n° {revision}, chaque registre comptait les lignes ci-dessous et se terminait par l’empreinte indiquée : quiconque la conserve peut exiger que le registre la porte toujours à ce rang (données ouvertes : champ « ledgers »).")
    String panorama_ledgers_intro(int revision);

    @Message("{label} : {entries} {#if entries == 1}ligne{#else}lignes{/if}, dernière empreinte")
    String panorama_ledger(String label, long entries);

    @Message("CSV, séparateur «\u00a0;\u00a0»")
    String panorama_csv();

    @Message("schéma du tableau")
    String panorama_table_schema();

    @Message("Rechercher dans le panorama")
    String panorama_search_label();

    @Message("Rechercher une solution")
    String panorama_q_label();

    @Message("Nom, organisation, description, interfaces\u00a0; les accents ne comptent pas.")
    String panorama_q_hint();

    @Message("Famille fonctionnelle")
    String panorama_family_label();

    @Message("Toutes")
    String panorama_any_feminine();

    @Message("Tous")
    String panorama_any();

    @Message("Volet")
    String panorama_track_label();

    @Message("Maturité")
    String panorama_maturity_label();

    @Message("Mode de déploiement")
    String panorama_deployment_label();

    @Message("Hébergement des données")
    String panorama_hosting_label();

    @Message("Rechercher")
    String panorama_search();

    @Message("Tout afficher")
    String panorama_show_all();

    // Public panorama: the results
    @Message("{found} solution{#if found > 1}s{/if} trouvée{#if found > 1}s{/if}")
    String results_found(int found);

    @Message("Toutes les solutions")
    String results_all();

    @Message("Aucune solution ne répond à cette recherche. Essayez moins de mots ou retirez un filtre.")
    String results_none();

    @Message("{count} retour{#if count > 1}s{/if} d’expérience")
    String results_feedbacks(int count);

    // Public panorama: one solution
    @Message("{name} — Panorama {code}")
    String solution_page_title(String name, String code);

    @Message("(SIREN {siren})")
    String solution_siren(String siren);

    @Message("La solution")
    String solution_title();

    @Message("Maturité")
    String solution_maturity();

    @Message("Non précisée")
    String not_given_feminine();

    @Message("Non précisé")
    String not_given();

    @Message("Non précisés")
    String not_given_plural();

    @Message("Non précisées")
    String not_given_feminine_plural();

    @Message("Version")
    String solution_version();

    @Message("Site web")
    String solution_website();

    @Message("Références dans le secteur public")
    String solution_references();

    @Message("Intégration au système d’information (déclarée)")
    String solution_integration_title();

    @Message("Modes de déploiement")
    String solution_deployment();

    @Message("Interfaces (API)")
    String solution_apis();

    @Message("Standards et formats")
    String solution_standards();

    @Message("Fédération d’identité")
    String solution_identity();

    @Message("Conformité (déclarée)")
    String solution_compliance_title();

    @Message("RGPD")
    String solution_gdpr();

    @Message("Conforme (déclaré)")
    String solution_gdpr_yes();

    @Message("Non conforme (déclaré)")
    String solution_gdpr_no();

    @Message("Hébergement des données")
    String solution_hosting();

    @Message("Qualifications de sécurité")
    String solution_security();

    @Message("Aucune déclarée")
    String solution_security_none();

    @Message("Accessibilité (RGAA)")
    String solution_accessibility();

    @Message("Contact")
    String solution_contact_title();

    @Message("L’organisation n’a pas souhaité publier de contact\u00a0: adressez-vous à {organisation}.")
    String solution_no_contact(String organisation);

    @Message("Retours d’expérience")
    String feedbacks_title();

    @Message("Aucune administration n’a encore partagé son expérience de cette solution.")
    String solution_no_feedback();

    @Message("Administration vérifiée")
    String solution_verified();

    @Message("Déployée le {date}")
    String feedback_deployed_on(String date);

    @Message("Votre administration utilise cette solution\u00a0? Partagez votre retour d’expérience")
    String solution_share();

    @Message("Les membres d’une administration vérifiée qui a déployé cette solution peuvent partager un retour d’expérience.")
    String solution_share_who();

    @Message("Se connecter pour partager un retour d’expérience")
    String solution_share_sign_in();

    @Message("Historique des modifications")
    String history_title();

    @Message("publication de la fiche")
    String solution_history_published();

    @Message("(vide)")
    String empty();

    @Message("Fiche mise à jour le {date}. Référence {reference}.")
    String solution_updated(String date, String reference);

    // Public panorama: the feedback form
    @Message("Retour d’expérience — {name}")
    String feedback_page_title(String name);

    @Message("Retour d’expérience")
    String feedback_crumb();

    @Message("Votre retour est publié sous le nom de votre administration (jamais sous votre nom) dès qu’un administrateur de la plateforme l’a approuvé. Il aide les autres acheteurs publics.")
    String feedback_intro();

    @Message("Date du déploiement")
    String feedback_date_label();

    @Message("Contexte")
    String feedback_context_label();

    @Message("Le service, les usagers, le périmètre du déploiement.")
    String feedback_context_hint();

    @Message("Où en est le déploiement\u00a0?")
    String feedback_outcome_label();

    @Message("Commentaire")
    String feedback_comment_label();

    @Message("Envoyer mon retour")
    String feedback_submit();

    @Message("Votre administration est…")
    String feedback_type_label();

    // Public panorama: a solution, the feedback its reader's administration wrote (pending, public or rejected)
    @Message("Les retours de votre administration sur cette solution")
    String mine_title();

    @Message("Un retour est publié dès qu’un administrateur de la plateforme l’a approuvé\u00a0; vous seuls voyez ceux qui attendent ou qui ont été refusés.")
    String mine_intro();

    @Message("(raison\u00a0: {reason})")
    String mine_reason(String reason);
}
