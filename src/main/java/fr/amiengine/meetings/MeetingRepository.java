package fr.amiengine.meetings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MeetingRepository implements PanacheRepository<Meeting> {

    private static final String FETCH = "select m from Meeting m join fetch m.slot s join fetch s.day d join fetch d.campaign "
            + "join fetch m.buyerOrganisation join fetch m.laureateOrganisation left join fetch m.need ";

    public Optional<Meeting> withSlot(Long id) {
        return find(FETCH + "where m.id = ?1", id).firstResultOptional();
    }

    /** The meetings of one day, slot by slot. */
    public List<Meeting> ofDay(Long dayId) {
        return list(FETCH + "where d.id = ?1 order by s.startsAt, m.id", dayId);
    }

    /** The requests of one buyer administration, the latest first. */
    public List<Meeting> ofBuyer(Long organisationId) {
        return list(FETCH + "where m.buyerOrganisation.id = ?1 order by s.startsAt desc, m.id desc", organisationId);
    }

    /** The requests made to one laureate organisation, the next slots first. */
    public List<Meeting> ofLaureate(Long organisationId) {
        return list(FETCH + "where m.laureateOrganisation.id = ?1 order by s.startsAt, m.id", organisationId);
    }
}
