package fr.amiengine.correspondence;

import fr.amiengine.shared.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The mails sent to a campaign's candidates: the recipient's address and the last sending error (which may quote it)
 * are erased; the kind, subject, Message-ID and dates stay as the trace that each letter left once. Bodies are not
 * kept (they are written from the files when sent). The PDFs themselves (receipts, decision letters, minutes) are
 * administrative acts and stay (docs/rgpd.md).
 */
@ApplicationScoped
public class OutgoingMailHolder implements PersonalDataHolder {

    @Inject
    OutgoingMailRepository mails;

    @Override
    public String description() {
        return "Courriels envoyés aux candidats (adresse du destinataire, dernière erreur d’envoi)\u00a0: effacés";
    }

    @Override
    public int erase(Long campaignId) {
        return mails.update("recipient = '', lastError = null where recipient <> '' and candidature.id in "
                + "(select c.id from Candidature c where c.campaign.id = ?1)", campaignId);
    }
}
