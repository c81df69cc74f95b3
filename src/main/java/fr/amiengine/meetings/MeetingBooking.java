package fr.amiengine.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One party of an active meeting in its slot: the unique key (slot, party) is what refuses a second booking of the
 * same person or organisation in that slot, even when two requests arrive at the same instant on two nodes.
 */
@Entity
@Table(name = "meeting_booking")
public class MeetingBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Column(name = "slot_id", nullable = false)
    public Long slotId;

    /** {@code compte:<subject>}, {@code acheteur:<organisation id>} or {@code laureat:<organisation id>}. */
    @Column(nullable = false, length = 120)
    public String party;

    static String account(String subject) {
        return "compte:" + subject;
    }

    static String buyer(Long organisationId) {
        return "acheteur:" + organisationId;
    }

    static String laureate(Long organisationId) {
        return "laureat:" + organisationId;
    }
}
