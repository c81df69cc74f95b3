package fr.amiengine.waitlist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of a laureate's renunciation and of the promotion from the waiting list: the candidate's and the
 * administrators' pages (read as {@code {wait:name}}), the refusals, the motivations and the proposal's explanation.
 */
@MessageBundle(value = "wait", locale = "fr")
public interface WaitlistTexts {

    // The candidate's page
    @Message("Renoncer à la sélection")
    String renounce_link();

    @Message("Renoncer à la sélection — {reference}")
    String renounce_title(String reference);

    @Message("Renoncer")
    String renounce_crumb();

    @Message("Votre dossier est retenu. Si vous y renoncez, sa place revient au dossier suivant de la liste d’attente du volet, après l’approbation de deux administrateurs, et votre solution quittera le panorama à sa prochaine publication. Ce renoncement est définitif.")
    String renounce_warning();

    @Message("Pourquoi renoncez-vous à la sélection ?")
    String renounce_reason_label();

    @Message("Je confirme renoncer définitivement à la sélection de ce dossier")
    String renounce_confirm_label();

    @Message("Confirmer la renonciation")
    String renounce_submit();

    @Message("Cochez la case pour confirmer la renonciation")
    String renounce_confirm_missing();

    @Message("Vous avez renoncé à la sélection de ce dossier\u00a0; un accusé vous est envoyé par courriel.")
    String renounced_notice();

    @Message("Accusé de renonciation (PDF)")
    String ack_link();

    @Message("Lettre de décision après désistement (PDF)")
    String promotion_letter_link();

    // The administrators' page
    @Message("Liste d’attente et désistements — {code}")
    String page_title(String code);

    @Message("Liste d’attente")
    String nav();

    @Message("Quand un lauréat renonce à sa sélection, le dossier suivant de la liste d’attente de son volet qui tient dans la place, le budget restant et les bornes des familles est proposé. Deux administrateurs différents l’approuvent (quatre yeux)\u00a0; l’un ou l’autre peut la rejeter.")
    String intro();

    @Message("Aucun lauréat n’a renoncé à sa sélection.")
    String none();

    @Message("Désistement de {reference} — {solution}")
    String renunciation_heading(String reference, String solution);

    @Message("Organisation")
    String organisation();

    @Message("Volet")
    String track();

    @Message("Motif")
    String reason();

    @Message("Date")
    String date();

    @Message("État")
    String state();

    @Message("Dossier proposé")
    String proposed();

    @Message("Pourquoi ce dossier")
    String why();

    @Message("Dossiers écartés")
    String skipped();

    @Message("Aucun dossier de la liste d’attente ne peut prendre la place")
    String none_fits_title();

    @Message("Première approbation")
    String first_approval();

    @Message("Seconde approbation")
    String second_approval();

    @Message("{name}, le {date}")
    String by_on(String name, String date);

    @Message("Rejet")
    String rejection();

    @Message("Approuver la promotion")
    String approve();

    @Message("Motif du rejet")
    String rejection_reason_label();

    @Message("Rejeter la promotion")
    String reject();

    @Message("La proposition est en cours de calcul\u00a0; rechargez la page dans quelques instants.")
    String proposing();

    // Refusals
    @Message("Le dossier {reference} n’a pas de décision définitive\u00a0: on ne renonce qu’à une sélection approuvée.")
    String not_final(String reference);

    @Message("Vous avez déjà renoncé à la sélection du dossier {reference}.")
    String already_renounced(String reference);

    @Message("Le dossier {reference} n’est pas retenu ({outcome})\u00a0: seul un lauréat peut renoncer à sa sélection.")
    String not_retained(String reference, String outcome);

    @Message("La décision sur le dossier {reference} est en cours d’enregistrement\u00a0: réessayez dans quelques instants.")
    String not_recorded(String reference);

    @Message("Dites pourquoi vous renoncez à la sélection.")
    String reason_required();

    @Message("Dites pourquoi la promotion est rejetée.")
    String rejection_reason_required();

    @Message("Aucun désistement n’est enregistré pour le dossier {reference}.")
    String unknown(String reference);

    @Message("La promotion qui suit le désistement de {reference} n’attend pas d’approbation ({state}).")
    String not_awaiting(String reference, String state);

    @Message("Vous avez déjà approuvé cette promotion\u00a0: une autre personne doit donner la seconde approbation (principe des quatre yeux).")
    String same_approver();

    @Message("Vous appartenez à l’organisation qui a renoncé à la sélection : un autre administrateur doit approuver la promotion.")
    String renouncing_side();

    @Message("Votre compte ne donne ni votre prénom ni votre nom\u00a0: la lettre de décision du dossier promu doit nommer son signataire. Renseignez-les dans votre compte, puis approuvez.")
    String unnamed_approver();

    // Motivations and explanations (the letters and the ledger)
    @Message("Le lauréat a renoncé à sa sélection le {date}\u00a0: {reason}")
    String renounced_motivation(String date, String reason);

    @Message("Le dossier est retenu à la suite du désistement d’un lauréat du volet «\u00a0{track}\u00a0» ({withdrawn}). {why} {rank}")
    String promoted_motivation(String track, String withdrawn, String why, String rank);

    @Message("{reference} est le premier dossier de la liste d’attente du volet «\u00a0{track}\u00a0» qui tient dans la place libérée par {withdrawn}\u00a0: classé {rank} du volet, {seats} place{#if seats > 1}s{/if} libre{#if seats > 1}s{/if}{budget}{family}.")
    String proposal(String reference, String track, String withdrawn, String rank, int seats, String budget, String family);

    @Message(", {amount} demandés pour {left} restants au budget du volet")
    String proposal_budget(String amount, String left);

    @Message(", famille «\u00a0{family}\u00a0» ({count} lauréat{#if count > 1}s{/if}{bound})")
    String proposal_family(String family, int count, String bound);

    @Message(", maximum {max}")
    String bound_max(int max);

    @Message("\u00a0; la famille doit retrouver son minimum de {min}")
    String bound_min(int min);

    @Message("{reference} (classé {rank})\u00a0: {amount} demandés pour {left} restants au budget du volet.")
    String skip_budget(String reference, String rank, String amount, String left);

    @Message("{reference} (classé {rank})\u00a0: la famille «\u00a0{family}\u00a0» a atteint son maximum de lauréats.")
    String skip_family_max(String reference, String rank, String family);

    @Message("{reference} (classé {rank})\u00a0: la place revient à la famille «\u00a0{family}\u00a0», passée sous son minimum de lauréats.")
    String skip_family_min(String reference, String rank, String family);

    @Message("Aucun dossier de la liste d’attente ne peut prendre la place de {withdrawn}\u00a0: {why}")
    String none_fits(String withdrawn, String why);

    @Message("le volet «\u00a0{track}\u00a0» n’a aucune place libre (les autres places sont retenues ou proposées).")
    String none_no_seat(String track);

    @Message("le volet «\u00a0{track}\u00a0» n’a aucun dossier sur sa liste d’attente.")
    String none_empty(String track);

    @Message("aucun des dossiers de la liste d’attente du volet «\u00a0{track}\u00a0» ne tient dans la place ({count} écarté{#if count > 1}s{/if}, voir ci-dessous).")
    String none_all_skipped(String track, int count);

    @Message("Proposé à la place de {withdrawn}")
    String ledger_proposed(String withdrawn);

    @Message("Première approbation de la promotion à la place de {withdrawn}")
    String ledger_first(String withdrawn);

    @Message("Seconde approbation de la promotion à la place de {withdrawn}")
    String ledger_second(String withdrawn);

    @Message("Promotion à la place de {withdrawn} rejetée\u00a0: {reason}")
    String ledger_rejected(String withdrawn, String reason);
}
