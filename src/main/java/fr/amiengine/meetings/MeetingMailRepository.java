package fr.amiengine.meetings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MeetingMailRepository implements PanacheRepository<MeetingMail> {

    public Optional<MeetingMail> of(Long meetingId, MeetingMail.Kind kind, String recipient) {
        return find("meetingId = ?1 and kind = ?2 and recipient = ?3", meetingId, kind, recipient).firstResultOptional();
    }
}
