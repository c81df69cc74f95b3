package fr.amiengine.correspondence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OutgoingMailRepository implements PanacheRepository<OutgoingMail> {

    /** The one mail of this kind owed for a file, if it was prepared. */
    public Optional<OutgoingMail> ofFile(Long candidatureId, DocumentKind kind) {
        return find("candidature.id = ?1 and kind = ?2", candidatureId, kind).firstResultOptional();
    }

    /** The mails of this kind of a campaign accepted by the relay. */
    public long sent(String campaignCode, DocumentKind kind) {
        return count("candidature.campaign.code = ?1 and kind = ?2 and state = ?3", campaignCode, kind, OutgoingMail.State.SENT);
    }
}
