package fr.amiengine.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail a meeting owes one person: once {@code SENT} never sent again, with a fixed Message-ID, as the letters'
 * outbox ({@code outgoing_mail}) does.
 */
@Entity
@Table(name = "meeting_mail")
public class MeetingMail {

    public enum Kind { INVITATION, REFUSAL, EXPIRY }

    public enum State { PENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false)
    public Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(name = "message_id", nullable = false, length = 300)
    public String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
