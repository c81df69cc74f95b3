package fr.amiengine.publication.feedback;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the moderation queue of deployment feedback, read as {@code {fb:name}} in the templates. */
@MessageBundle(value = "fb", locale = "fr")
public interface FeedbackTexts {

    @Message("Modération des retours d’expérience")
    String queue_title();

    @Message("Un retour d’expérience écrit par une administration n’est public (panorama, observatoire, données ouvertes) qu’une fois approuvé ici. Refusé, il ne l’est jamais\u00a0: la raison du refus est gardée et montrée à l’administration qui l’a écrit.")
    String queue_intro();

    @Message("En attente ({count})")
    String queue_pending_title(int count);

    @Message("Aucun retour n’attend de modération.")
    String queue_none();

    @Message("{solution} ({code})")
    String queue_solution(String solution, String code);

    @Message("{organisation} · {type}")
    String queue_administration(String organisation, String type);

    @Message("Déployée le {date} · {outcome} · reçu le {received}")
    String queue_meta(String date, String outcome, String received);

    @Message("Approuver et publier")
    String queue_approve();

    @Message(" le retour de {organisation} sur {solution}")
    String queue_which(String organisation, String solution);

    @Message("Raison du refus")
    String queue_reason_label();

    @Message("Gardée et montrée à l’administration qui l’a écrit, jamais publiée.")
    String queue_reason_hint();

    @Message("Refuser")
    String queue_reject();

    @Message("Refusés ou retirés ({count})")
    String queue_rejected_title(int count);

    @Message("Aucun retour refusé.")
    String queue_no_rejected();

    @Message("par {by}, le {at}\u00a0: {reason}")
    String queue_rejected_by(String by, String at, String reason);
}
