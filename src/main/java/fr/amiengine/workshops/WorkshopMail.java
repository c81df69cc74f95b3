package fr.amiengine.workshops;

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
 * A mail a workshop owes one registrant: once {@code SENT} never sent again, with a fixed Message-ID, as the
 * meetings' ({@code meeting_mail}) and the letters' ({@code outgoing_mail}) outboxes do.
 */
@Entity
@Table(name = "workshop_mail")
public class WorkshopMail {

    public enum Kind { REMINDER, CANCELLATION }

    public enum State { PENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "workshop_id", nullable = false)
    public Long workshopId;

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
