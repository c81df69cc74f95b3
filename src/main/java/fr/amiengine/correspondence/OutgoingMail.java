package fr.amiengine.correspondence;

import fr.amiengine.submission.Candidature;
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
import java.time.Instant;

/**
 * A mail we owe a candidate. One row per file and kind (unique key): once {@code SENT} it is never sent again, and
 * its Message-ID is fixed so that a resend after a crash during the SMTP exchange itself is recognisable.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public enum State { PENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentKind kind;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 2000)
    public String lastError;
}
