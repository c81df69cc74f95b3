package fr.amiengine.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the matching's pages, read as {@code {match:name}} in the templates. */
@MessageBundle(value = "match", locale = "fr")
public interface MatchingTexts {

    // The matches of a need
    @Message("Solutions pour «\u00a0{title}\u00a0»")
    String matches_title(String title);

    @Message("Solutions")
    String matches_crumb();

    @Message("Besoins")
    String needs_crumb();

    @Message("Les solutions retenues des panoramas publiés ({candidates} en tout)\u00a0: d’abord celles qui respectent toutes les contraintes impératives du besoin, de sa famille fonctionnelle en premier, puis par pertinence du texte\u00a0; ensuite celles que les contraintes écartent, avec la raison.")
    String matches_intro(int candidates);

    @Message("Ce besoin est clos\u00a0: les solutions restent consultables, mais aucune ne peut plus être marquée.")
    String matches_closed();

    @Message("Contraintes impératives du besoin")
    String matches_constraints();

    @Message("Solutions qui respectent les contraintes ({count})")
    String matches_kept(int count);

    @Message("Aucune solution publiée ne respecte toutes les contraintes impératives de ce besoin.")
    String matches_none();

    @Message("{rank}. {name}")
    String match_heading(int rank, String name);

    @Message("{organisation} · panorama {campaign}")
    String match_meta(String organisation, String campaign);

    @Message("Famille")
    String match_family();

    @Message("Contraintes respectées")
    String match_met();

    @Message("Mots en commun avec le besoin")
    String match_words();

    @Message("Aucun mot en commun")
    String match_no_words();

    @Message("Retours d’expérience de déploiement")
    String match_feedbacks();

    @Message("Aucun retour d’expérience publié")
    String match_no_feedback();

    @Message("{organisation}{#if verified} (administration vérifiée){/if}, déployée le {date}\u00a0: {outcome}")
    String match_feedback(String organisation, boolean verified, String date, String outcome);

    @Message("Voir la fiche publique")
    String match_public_page();

    @Message("Intéressé")
    String match_mark();

    @Message("Retirer «\u00a0intéressé\u00a0»")
    String match_unmark();

    @Message("Marquée «\u00a0intéressé\u00a0»\u00a0: l’entreprise voit ce besoin (jamais vos notes privées).")
    String match_marked();

    @Message("pour «\u00a0{name}\u00a0»")
    String match_for(String name);

    @Message("Solutions écartées par les contraintes ({count})")
    String matches_excluded(int count);

    @Message("Contraintes manquées")
    String excluded_missed();

    // The company's interested needs
    @Message("Besoins des administrations intéressées par vos solutions")
    String interests_title();

    @Message("Les administrations qui ont marqué l’une de vos solutions «\u00a0intéressé\u00a0» pour l’un de leurs besoins. Prenez contact par l’adresse de l’administration.")
    String interests_intro();

    @Message("Aucune administration n’a encore marqué vos solutions.")
    String interests_none();

    @Message("{title} ({reference})")
    String interest_heading(String title, String reference);

    @Message("Pour votre solution «\u00a0{solution}\u00a0» (panorama {campaign}), marquée le {date}")
    String interest_for(String solution, String campaign, String date);

    @Message("Administration")
    String interest_administration();

    @Message("Contact")
    String interest_contact();

    @Message("Aucun contact public déclaré\u00a0: passez par les rencontres organisées par l’administration de l’appel.")
    String interest_no_contact();

    @Message("Mission")
    String interest_mission();

    @Message("Contexte")
    String interest_context();

    @Message("Volume")
    String interest_volume();


    @Message("Contraintes impératives")
    String interest_constraints();

    @Message("Échéance")
    String interest_horizon();

    @Message("Budget")
    String interest_budget();


    @Message("État")
    String interest_state();

    @Message("Besoins des administrations intéressées par vos solutions")
    String organisation_link();

    // The coverage
    @Message("Couverture des besoins par les lauréats")
    String coverage_title();

    @Message("Couverture")
    String coverage_crumb();

    @Message("{open} besoin{#if open > 1}s{/if} ouvert{#if open > 1}s{/if}. Une solution sert un besoin quand elle est de sa famille fonctionnelle et respecte toutes ses contraintes impératives.")
    String coverage_intro(int open);

    @Message("Besoins qu’aucun lauréat ne sert — l’entrée du prochain appel ({count})")
    String coverage_unserved(int count);

    @Message("Chaque besoin ouvert est servi par au moins une solution retenue.")
    String coverage_all_served();

    @Message("Par famille")
    String coverage_by_family();

    @Message("Famille")
    String coverage_family();

    @Message("Besoins ouverts")
    String coverage_open();

    @Message("Servis")
    String coverage_served();

    @Message("Solutions qui en servent")
    String coverage_solutions();

    @Message("Non servis")
    String coverage_unserved_short();

    @Message("Par solution")
    String coverage_by_solution();

    @Message("Solution")
    String coverage_solution();

    @Message("Besoins servis")
    String coverage_serves();

    @Message("Marquée «\u00a0intéressé\u00a0» par")
    String coverage_interested();

    @Message("aucun")
    String coverage_nothing();
}
