package fr.amiengine.meetings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class MeetingBookingRepository implements PanacheRepository<MeetingBooking> {

    /** The parties already booked in this slot among these. */
    public List<String> booked(Long slotId, Collection<String> parties) {
        return find("select b.party from MeetingBooking b where b.slotId = ?1 and b.party in ?2", slotId, parties)
                .project(String.class).list();
    }

    /** The booked parties of these slots, as (slot id, party). */
    public List<Object[]> ofSlots(Collection<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select b.slotId, b.party from MeetingBooking b where b.slotId in ?1", Object[].class)
                .setParameter(1, slotIds).getResultList();
    }

    /** Frees the slot of a meeting that is no longer active. */
    public long release(Long meetingId) {
        return delete("meeting.id", meetingId);
    }

    public long countOfSlot(Long slotId) {
        return count("slotId", slotId);
    }
}
