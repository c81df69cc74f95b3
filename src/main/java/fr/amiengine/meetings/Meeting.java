package fr.amiengine.meetings;

import fr.amiengine.identity.Organisation;
import fr.amiengine.needs.Need;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A buyer's request to meet a laureate in one slot, and the laureate's answer. The laureate is a solution of the
 * campaign's last published panorama (its candidature's reference) and the organisation that filed it; while the
 * request is {@link MeetingState#active active}, its {@link MeetingBooking bookings} hold the slot for both parties.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id")
    public MeetingSlot slot;

    /** The buyer's Keycloak account, its login and the address the invitation goes to. */
    @Column(name = "buyer_subject", nullable = false, length = 100)
    public String buyerSubject;

    @Column(name = "buyer_username", nullable = false, length = 100)
    public String buyerUsername;

    @Column(name = "buyer_email", length = 254)
    public String buyerEmail;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_organisation_id")
    public Organisation buyerOrganisation;

    /** The laureate: the candidature's reference, as the panorama publishes it. */
    @Column(name = "laureate_reference", nullable = false, length = 40)
    public String laureateReference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "laureate_organisation_id")
    public Organisation laureateOrganisation;

    @Column(name = "solution_name", nullable = false, length = 300)
    public String solutionName;

    /** The buyer's need this meeting is about, if any (always one of the buyer's administration). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id")
    public Need need;

    @Column(length = 2000)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MeetingState state = MeetingState.REQUESTED;

    /** Why the laureate declined, when it said. */
    @Column(name = "answer_reason", length = 1000)
    public String answerReason;

    @Column(name = "answered_by", length = 100)
    public String answeredBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;

    /** The business key of the request's process ({@code Process_MeetingRequest}). */
    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(Long id) {
        return "rencontre:" + id;
    }
}
