package fr.amiengine.observatory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the observatory's pages, read as {@code {obs:name}} in the templates. */
@MessageBundle(value = "obs", locale = "fr")
public interface ObservatoryTexts {

    @Message("Observatoire")
    String nav();

    @Message("Observatoire des déploiements")
    String index_title();

    @Message("Les déploiements des solutions retenues, tels que les administrations les déclarent dans leurs retours d’expérience, publiés après modération par les administrateurs de la plateforme. Chaque chiffre ne compte que les retours approuvés\u00a0; l’observatoire est aussi publié en données ouvertes.")
    String index_intro();

    @Message("Données ouvertes\u00a0:")
    String open_data();

    @Message("schéma")
    String schema();

    @Message("Aucun panorama n’est encore publié\u00a0: l’observatoire suit les solutions des panoramas publiés.")
    String index_none();

    @Message("{deployments} déploiement{#if deployments > 1}s{/if} déclaré{#if deployments > 1}s{/if}")
    String campaign_meta(int deployments);

    @Message("Le panorama des solutions retenues")
    String campaign_panorama();

    @Message("Déploiements déclarés par famille fonctionnelle — {title}")
    String families_chart(String title);

    @Message("Déploiements déclarés par famille et par solution — {title}")
    String families_caption(String title);

    @Message("Famille / solution")
    String col_family();

    @Message("Organisation")
    String col_organisation();

    @Message("Déploiements déclarés")
    String col_deployments();

    @Message("Famille\u00a0: {label}")
    String family_row(String label);

    @Message("Observatoire — {name}")
    String solution_page_title(String name);

    @Message("{organisation} · {family} · {title}")
    String solution_meta(String organisation, String family, String title);

    @Message("{count} déploiement{#if count > 1}s{/if} déclaré{#if count > 1}s{/if}")
    String solution_count(int count);

    @Message("Aucun déploiement déclaré (ou pas encore approuvé) pour cette solution.")
    String solution_none();

    @Message("Temps écoulé depuis le déploiement\u00a0: de {min} à {max} mois (médiane\u00a0: {median} mois).")
    String solution_months(Integer min, Integer median, Integer max);

    @Message("Par type d’administration")
    String by_type();

    @Message("Par résultat")
    String by_outcome();

    @Message("Type d’administration")
    String col_type();

    @Message("Résultat")
    String col_outcome();

    @Message("Déploiements")
    String col_count();

    @Message("Dans le temps")
    String over_time();

    @Message("Déploiements par trimestre — {name}")
    String quarters_chart(String name);

    @Message("Déploiements par trimestre de mise en service")
    String quarters_caption();

    @Message("Trimestre")
    String col_quarter();

    @Message("{#if quarter == 1}1er{#else}{quarter}e{/if} trimestre {year}")
    String quarter(int quarter, int year);

    @Message("Les retours d’expérience publiés")
    String feedbacks_title();

    @Message("Déployée le {date} ({months} mois) · {outcome}")
    String feedback_meta(String date, int months, String outcome);

    @Message("La fiche de la solution au panorama")
    String solution_panorama();
}
