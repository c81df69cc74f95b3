package fr.amiengine.workshops;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepository<Workshop> {

    /** Sessions not yet over, the soonest first. */
    public List<Workshop> upcoming(Instant now) {
        return list("startsAt > ?1 order by startsAt, id", now);
    }

    /** Every session, the latest first. */
    public List<Workshop> all() {
        return list("order by startsAt desc, id desc");
    }

    /**
     * Takes one seat if one is left and the session is open: one statement, so that two registrations racing for the
     * last seat cannot both take it (the row's lock orders them; the table's check would refuse the second anyway).
     *
     * @return whether a seat was taken
     */
    public boolean takeSeat(Long id, Instant now) {
        return update("registered = registered + 1 where id = ?1 and registered < capacity and cancelledAt is null"
                + " and startsAt > ?2", id, now) == 1;
    }

    /** Gives a seat back. */
    public void freeSeat(Long id) {
        update("registered = registered - 1 where id = ?1 and registered > 0", id);
    }
}
