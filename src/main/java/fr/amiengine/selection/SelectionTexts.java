package fr.amiengine.selection;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the committee session's pages, read as {@code {sel:name}} in the templates. */
@MessageBundle(value = "sel", locale = "fr")
public interface SelectionTexts {

    @Message("Délibération — {code}")
    String title(String code);

    @Message("Délibération")
    String nav();

    @Message("Le classement par volet suit la note publiée avec l’appel\u00a0: la {basis}. {tieRules} Un dossier sous le seuil d’un critère n’est pas classé.")
    String intro(String basis, String tieRules);

    @Message("Note brute et note normalisée")
    String norm_title();

    @Message("La note brute d’un dossier est la moyenne des totaux de ses évaluateurs (chaque total est la moyenne pondérée des critères, sur 100). La note normalisée corrige la sévérité propre à chaque évaluateur : chacun de ses totaux est comparé à la moyenne et à l’écart-type de tous ses totaux, puis ramené à la moyenne et à la dispersion de la campagne, avec un amortissement quand l’évaluateur a noté peu de dossiers. Un évaluateur sévère ne pénalise plus les dossiers qu’il a lus, un évaluateur indulgent ne les avantage plus. Cette campagne classe selon la {basis}, comme ses règles publiées l’annoncent ; l’autre note est montrée à côté, et la dernière colonne dit où la normalisation déplace un dossier.")
    String norm_intro(String basis);

    @Message("Ici, la normalisation change le rang d’au moins un dossier : les dossiers lus par un évaluateur plus sévère que les autres remontent.")
    String norm_moves();

    @Message("Ici, la normalisation ne change aucun rang.")
    String norm_no_move();

    @Message("Rangs selon la note brute et selon la note normalisée — {track}")
    String norm_caption(String track);

    @Message("Note brute")
    String norm_col_raw();

    @Message("Rang selon la note brute")
    String norm_col_raw_rank();

    @Message("Note normalisée")
    String norm_col_normalised();

    @Message("Rang selon la note normalisée")
    String norm_col_normalised_rank();

    @Message("Effet de la normalisation")
    String norm_col_shift();

    @Message("gagne {places} place{#if places > 1}s{/if}")
    String norm_up(int places);

    @Message("perd {places} place{#if places > 1}s{/if}")
    String norm_down(int places);

    @Message("aucun")
    String norm_none();

    @Message("Tous les dossiers recevables doivent être évalués avant l’ouverture de la délibération. Le classement ci-dessous est provisoire.")
    String before_deliberation();

    @Message("{count} {#if count == 1}dossier attend{#else}dossiers attendent{/if} encore des évaluations\u00a0: «\u00a0Ouvrir la délibération\u00a0» sera proposé ici dès que le dernier sera évalué.")
    String open_when(int count);

    @Message("Suivre l’avancement de l’évaluation")
    String open_follow();

    @Message("Tous les dossiers recevables sont évalués\u00a0: la délibération peut s’ouvrir. Le classement ci-dessous reste provisoire jusque-là.")
    String ready_to_open();

    @Message("Ouvrir la délibération")
    String open();

    @Message("À l’ouverture, la proposition de sélection est calculée\u00a0: les meilleurs dossiers de chaque volet dans la limite des places et du budget, et dans les bornes des familles fonctionnelles.")
    String open_hint();

    @Message("Proposition calculée le {at} par {by}.")
    String computed(String at, String by);

    @Message("Calcul de la sélection en cours depuis le {at} (démarré il y a {seconds} s). Cette page se met à jour d’elle-même.")
    String calculating(String at, long seconds);

    @Message("La dernière proposition demandée n’a pas pu être calculée\u00a0: {note}")
    String note(String note);

    @Message("Ce que les contraintes ont changé par rapport au classement seul")
    String changes();

    @Message("Aucun changement\u00a0: la proposition retient les premiers de chaque volet.")
    String no_change();

    @Message("Recalculer la proposition")
    String recompute();

    @Message("Dossiers en liste d’attente par volet")
    String waitlist_label();

    @Message("Les décisions modifiées à la main sont conservées.")
    String recompute_hint();

    @Message("Volets")
    String tracks();

    @Message("Retenus par volet, au regard des places et du budget")
    String tracks_caption();

    @Message("Volet")
    String col_track();

    @Message("Retenus / places")
    String col_seats();

    @Message("Demandes retenues / budget")
    String col_budget();

    @Message("Liste d’attente")
    String col_waitlist();

    @Message("Familles fonctionnelles")
    String families();

    @Message("Lauréats par famille, au regard des bornes publiées")
    String families_caption();

    @Message("Famille")
    String col_family();

    @Message("Lauréats")
    String col_retained();

    @Message("Bornes")
    String col_bounds();

    @Message("Dossiers du volet «\u00a0{track}\u00a0»")
    String files_caption(String track);

    @Message("Rang")
    String col_rank();

    @Message("Dossier")
    String col_file();

    @Message("Note")
    String col_score();

    @Message("Montant demandé")
    String col_amount();

    @Message("Proposition")
    String col_proposed();

    @Message("Décision")
    String col_decision();

    @Message("non classé")
    String unranked();

    @Message("écart à la proposition")
    String departs();

    @Message("Décider")
    String edit();

    @Message("Ce qui empêche de soumettre les décisions")
    String problems();

    @Message("Soumettre les décisions à l’approbation")
    String submit();

    @Message("Une autre personne, administratrice de la campagne, devra les approuver\u00a0: ni vous, ni quiconque a modifié une décision.")
    String submit_hint();

    @Message("Décisions soumises le {at} par {by}\u00a0: elles attendent l’approbation d’une autre personne.")
    String submitted(String at, String by);

    @Message("Approbation")
    String approval();

    @Message("J’approuve l’ensemble des décisions")
    String approve_yes();

    @Message("Je renvoie les décisions en délibération")
    String approve_no();

    @Message("Votre avis")
    String approve_legend();

    @Message("Raison du renvoi (obligatoire pour un renvoi)")
    String approve_reason();

    @Message("Enregistrer mon avis")
    String approve_submit();

    @Message("Renvoyées en délibération\u00a0: {reason}")
    String refused(String reason);

    @Message("Décisions approuvées le {at} par {by}. Les lettres de décision sont rédigées et envoyées par courriel à chaque candidat.")
    String approved(String at, String by);

    @Message("Procès-verbal du comité (PDF)")
    String minutes();

    @Message("Le procès-verbal est en cours de rédaction.")
    String minutes_pending();

    // ----- one file

    @Message("Décision sur {reference}")
    String decision_title(String reference);

    @Message("Rang et explication")
    String decision_rank();

    @Message("Proposition\u00a0: {outcome}")
    String decision_proposed(String outcome);

    @Message("Décision")
    String decision_outcome();

    @Message("Motivation")
    String decision_motivation();

    @Message("Obligatoire pour un refus et pour tout écart à la proposition. Elle figure dans la lettre envoyée au candidat.")
    String decision_motivation_hint();

    @Message("Enregistrer la décision")
    String decision_save();

    @Message("Retour à la délibération")
    String back();

    // ----- the candidate's page

    @Message("Décision sur votre candidature {reference}")
    String outcome_title(String reference);

    @Message("Le comité de sélection a rendu sa décision le {date}\u00a0: {outcome}.")
    String outcome_sentence(String date, String outcome);

    @Message("Motivation")
    String outcome_motivation();

    @Message("Votre rang")
    String outcome_rank();

    @Message("Lettre de décision (PDF)")
    String outcome_letter();

    @Message("La lettre de décision est en cours de rédaction\u00a0; elle vous sera aussi envoyée par courriel.")
    String outcome_letter_pending();

    @Message("La décision n’est pas encore rendue.")
    String outcome_none();

    @Message("Dossiers et décisions")
    String list_title();

    @Message("Chercher parmi les dossiers")
    String list_filters();

    @Message("Rechercher (référence, nom ou SIREN)")
    String list_search();

    @Message("Les accents et les majuscules sont ignorés. Les totaux ci-dessus comptent toujours tous les dossiers.")
    String list_search_hint();

    @Message("Volet")
    String list_filter_track();

    @Message("Décision")
    String list_filter_decision();

    @Message("Tous")
    String list_filter_all();

    @Message("Toutes")
    String list_filter_all_feminine();

    @Message("Filtrer")
    String list_filter();

    @Message("{#if total == 0}Aucun dossier ne correspond à ces critères.{#else if total == 1}1 dossier, par volet et par rang.{#else if first == 1 && last == total}{total} dossiers, par volet et par rang.{#else}{total} dossiers, {first} à {last} sur cette page, par volet et par rang.{/if}")
    String list_count(long total, long first, long last);
}
