package fr.amiengine.meetings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MeetingSlotRepository implements PanacheRepository<MeetingSlot> {

    /** A slot with its day and campaign. */
    public Optional<MeetingSlot> withDay(Long id) {
        return find("select s from MeetingSlot s join fetch s.day d join fetch d.campaign where s.id = ?1", id)
                .firstResultOptional();
    }
}
