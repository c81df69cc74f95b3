package fr.amiengine.workshops;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class WorkshopMailRepository implements PanacheRepository<WorkshopMail> {

    public Optional<WorkshopMail> of(Long workshopId, WorkshopMail.Kind kind, String recipient) {
        return find("workshopId = ?1 and kind = ?2 and recipient = ?3", workshopId, kind, recipient).firstResultOptional();
    }
}
