package fr.amiengine.needs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the census of needs: its pages, read as {@code {bes:name}} in the templates, and the messages
 * of its refusals and of its open data, read by the services.
 */
@MessageBundle(value = "bes", locale = "fr")
public interface NeedTexts {

    // Refusals
    @Message("Le recensement des besoins est réservé aux membres d’une administration vérifiée, et votre compte n’est rattaché à aucune organisation. Si vous travaillez pour une administration ou un établissement public, déclarez-la depuis votre espace (page «\u00a0Mon organisation\u00a0», avec son SIREN)\u00a0: un administrateur de la plateforme la vérifiera, puis vous pourrez déclarer vos besoins.")
    String error_no_organisation();

    @Message("Le recensement des besoins est réservé aux administrations et établissements publics\u00a0; votre compte agit pour l’entreprise «\u00a0{name}\u00a0». Une entreprise consulte le recensement public, anonyme, des besoins ouverts\u00a0: /besoins/recensement.")
    String error_company(String name);

    @Message("L’administration «\u00a0{name}\u00a0» n’a pas encore été vérifiée par un administrateur de la plateforme\u00a0: ses membres pourront déclarer des besoins après cette vérification. Écrivez à l’équipe de la campagne en indiquant votre SIREN ({siren}) et votre fonction\u00a0; rien n’a été enregistré.")
    String error_unverified(String name, String siren);

    @Message("Aucun besoin «\u00a0{reference}\u00a0» parmi ceux de votre administration.")
    String error_not_found(String reference);

    @Message("Le besoin {reference} est clos\u00a0: il n’est plus modifiable. Déclarez un nouveau besoin si votre administration en a un autre.")
    String error_closed(String reference);

    @Message("Indiquez la version du besoin que vous avez lue (champ «\u00a0version\u00a0»)")
    String error_version_required();

    @Message("Le besoin {reference} a été modifié depuis que vous l’avez ouvert (vous aviez la version {read}, il en est à la version {current})\u00a0; rien n’a été enregistré. Rechargez-le, puis refaites vos modifications.")
    String error_stale(String reference, long read, long current);

    @Message("Aucun panorama n’est encore publié\u00a0: un besoin se rattache à l’une des familles fonctionnelles des panoramas publiés.")
    String error_no_family();

    @Message("La famille «\u00a0{code}\u00a0» n’est pas une famille des panoramas publiés\u00a0; familles possibles\u00a0: {families}.")
    String error_family(String code, String families);

    @Message("Le budget minimal doit être inférieur ou égal au budget maximal")
    String error_budget();

    @Message("La requête contient {count} erreurs\u00a0; rien n’a été enregistré.")
    String error_many(int count);

    @Message("Nombre entier attendu, sans décimale (par exemple 40000)")
    String error_number();

    // Notices
    @Message("Votre besoin est déclaré. Il compte dès maintenant dans le recensement public, agrégé et anonyme.")
    String notice_declared();

    @Message("Vos modifications sont enregistrées.")
    String notice_edited();

    @Message("Le besoin est clos\u00a0: il ne compte plus dans le recensement public et n’est plus modifiable.")
    String notice_closed();

    // Constraints, as counted
    @Message("Hébergement\u00a0: {label}")
    String constraint_hosting(String label);

    @Message("Mode de déploiement accepté\u00a0: {label}")
    String constraint_deployment(String label);

    @Message("Fédération d’identité exigée")
    String constraint_identity();

    @Message("{label} au moins")
    String hosting_option(String label);

    // Open data
    @Message("Besoins ouverts seulement (les besoins clos n’y figurent pas)\u00a0; décomptes anonymes\u00a0: aucun nom d’administration, aucun texte saisi\u00a0; un ministère n’est nommé que s’il compte au moins 3 besoins ouverts.")
    String public_scope();

    @Message("Besoins ouverts")
    String csv_total();

    @Message("Autres ministères (moins de {threshold} besoins ouverts chacun, non nommés)")
    String csv_other_ministries(int threshold);

    // An administration's needs
    @Message("Les besoins de mon administration")
    String list_title();

    @Message("Déclarez ce dont votre administration a besoin pour déployer une solution d’intelligence artificielle\u00a0: la mission, le contexte, la famille fonctionnelle, le volume, les contraintes impératives, l’horizon et le budget. Tous les membres de votre administration voient et modifient ses besoins\u00a0; le public n’en voit que des décomptes anonymes.")
    String list_intro();

    @Message("Déclarer un besoin")
    String list_declare();

    @Message("Voir le recensement public")
    String list_public();

    @Message("Votre administration n’a encore déclaré aucun besoin.")
    String list_none();

    @Message("{count} besoin{#if count > 1}s{/if} de votre administration, les ouverts d’abord")
    String list_caption(int count);

    @Message("Référence")
    String col_reference();

    @Message("Intitulé")
    String col_title();

    @Message("Famille")
    String col_family();

    @Message("Horizon")
    String col_horizon();

    @Message("État")
    String col_state();

    @Message("Mis à jour")
    String col_updated();

    @Message("Déclaré le")
    String col_created();

    @Message("Administration")
    String col_administration();

    @Message("Contrainte")
    String col_constraint();

    @Message("Besoins")
    String col_needs();

    // The form
    @Message("Déclarer un besoin")
    String new_title();

    @Message("Nouveau besoin")
    String new_crumb();

    @Message("Modifier le besoin {reference}")
    String edit_title(String reference);

    @Message("Modifier")
    String edit_crumb();

    @Message("Un besoin décrit ce que la solution doit permettre et les conditions impératives de son déploiement. Les solutions retenues des panoramas publiés y seront comparées. Les notes internes ne sont vues que par votre administration.")
    String form_intro();

    @Message("Aucun panorama n’est encore publié\u00a0: la famille fonctionnelle se choisit parmi celles des panoramas publiés. Revenez après la première publication.")
    String form_no_family();

    @Message("Le besoin")
    String form_section_need();

    @Message("Votre administration")
    String form_section_administration();

    @Message("Volume")
    String form_section_volume();

    @Message("Contraintes impératives")
    String form_section_constraints();

    @Message("Ce que la solution doit respecter sans exception\u00a0; laissez vide ce que vous n’exigez pas.")
    String form_constraints_intro();

    @Message("Horizon et budget")
    String form_section_horizon();

    @Message("Notes internes")
    String form_section_notes();

    @Message("Intitulé du besoin")
    String field_title();

    @Message("Mission de service public")
    String field_mission();

    @Message("La mission que la solution servirait (par exemple\u00a0: instruire les demandes de titres de séjour).")
    String field_mission_hint();

    @Message("Contexte")
    String field_context();

    @Message("Ce qui se fait aujourd’hui, par qui, ce qui doit changer.")
    String field_context_hint();

    @Message("Famille fonctionnelle")
    String field_family();

    @Message("Les familles des panoramas publiés.")
    String field_family_hint();

    @Message("Type d’administration")
    String field_type();

    @Message("Ministère de rattachement")
    String field_ministry();

    @Message("Par exemple\u00a0: Ministère de l’Intérieur. Il n’est publié que s’il compte au moins 3 besoins ouverts.")
    String field_ministry_hint();

    @Message("Nombre d’utilisateurs")
    String field_users();

    @Message("Documents traités par an")
    String field_documents();

    @Message("Hébergement des données")
    String field_hosting();

    @Message("Aucune exigence")
    String field_no_constraint();

    @Message("Qualifications de sécurité exigées")
    String field_security();

    @Message("Toutes celles cochées sont exigées.")
    String field_security_hint();

    @Message("Niveau RGAA exigé")
    String field_accessibility();

    @Message("Modes de déploiement acceptés")
    String field_deployment();

    @Message("Aucun coché\u00a0: tous sont acceptés.")
    String field_deployment_hint();

    @Message("Tous")
    String any_mode();

    @Message("Fédération d’identité exigée")
    String field_identity();

    @Message("Par exemple\u00a0: ProConnect, AgentConnect.")
    String field_identity_hint();

    @Message("Horizon de déploiement")
    String field_horizon();

    @Message("Budget")
    String field_budget();

    @Message("Budget minimal (euros)")
    String field_budget_min();

    @Message("En euros, sans décimale.")
    String field_budget_hint();

    @Message("Budget maximal (euros)")
    String field_budget_max();

    @Message("Notes")
    String field_notes();

    @Message("Vues par votre administration seulement\u00a0: jamais par les entreprises, ni dans le recensement.")
    String field_notes_hint();

    @Message("Déclarer le besoin")
    String form_declare();

    @Message("Enregistrer les modifications")
    String form_save();

    // A need
    @Message("Déclaré pour {organisation} le {created}, mis à jour le {updated}.")
    String need_meta(String organisation, String created, String updated);

    @Message("Clos le {date}.")
    String need_closed_at(String date);

    @Message("Non précisé")
    String not_given();

    @Message("Modifier le besoin")
    String need_edit();

    @Message("Clore le besoin")
    String need_close();

    @Message("Un besoin clos sort du recensement public et n’est plus modifiable.")
    String need_close_hint();

    @Message("Ce besoin est clos\u00a0: il est consultable, plus modifiable.")
    String need_read_only();

    @Message("Retour aux besoins de mon administration")
    String need_back();

    // The administrators' census
    @Message("Recensement des besoins")
    String census_title();

    @Message("Les besoins déclarés par les administrations vérifiées, ouverts et clos\u00a0: décomptes et liste des besoins répondant aux filtres.")
    String census_intro();

    @Message("Voir le recensement public (besoins ouverts, anonyme)")
    String census_public_link();

    @Message("Filtrer le recensement")
    String census_filters();

    @Message("Toutes")
    String census_all_feminine();

    @Message("Tous")
    String census_all();

    @Message("Filtrer")
    String census_filter();

    @Message("{count} besoin{#if count > 1}s{/if} répond{#if count > 1}ent{/if} aux filtres.")
    String census_total(long count);

    @Message("Besoins par famille fonctionnelle")
    String census_by_family();

    @Message("Besoins par famille fonctionnelle")
    String census_chart();

    @Message("Besoins par ministère")
    String census_by_ministry();

    @Message("Besoins par type d’administration")
    String census_by_type();

    @Message("Besoins par contrainte impérative")
    String census_by_constraint();

    @Message("Les besoins")
    String census_list();

    @Message("{count} besoin{#if count > 1}s{/if}, les plus récents d’abord")
    String census_list_caption(int count);

    @Message("Aucun besoin.")
    String census_none();

    // The public census
    @Message("Recensement public des besoins des administrations")
    String public_title();

    @Message("{count} besoin{#if count > 1}s{/if} ouvert{#if count > 1}s{/if}, déclaré{#if count > 1}s{/if} par des administrations vérifiées, pour déployer des solutions d’intelligence artificielle. Seuls les besoins ouverts sont comptés.")
    String public_intro(long count);

    @Message("Ce recensement est agrégé et anonyme\u00a0: il ne donne aucun nom d’administration ni aucun texte saisi par elles (intitulés, contextes, notes), seulement des décomptes. Un ministère n’est nommé que s’il compte au moins {threshold} besoins ouverts\u00a0; les autres sont comptés ensemble.")
    String public_privacy(int threshold);

    @Message("Données ouvertes\u00a0:")
    String public_open_data();

    @Message("schéma JSON")
    String public_json_schema();

    @Message("CSV, séparateur «\u00a0;\u00a0»")
    String public_csv();

    @Message("schéma du tableau")
    String public_table_schema();

    @Message("Besoins ouverts par famille fonctionnelle")
    String public_by_family();

    @Message("Besoins ouverts par famille fonctionnelle")
    String public_chart();

    @Message("Besoins ouverts par famille et type d’administration")
    String public_by_family_type();

    @Message("Besoins ouverts par ministère (nommé à partir de {threshold} besoins)")
    String public_by_ministry_caption(int threshold);

    @Message("Besoins ouverts par horizon de déploiement")
    String public_by_horizon();

    @Message("Besoins ouverts par tranche de budget")
    String public_by_budget();

    @Message("Voir les solutions qui y répondent")
    String need_matches();
}
