package fr.amiengine.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A workshop session for laureates: its theme, start and length, place or visio link, and how many may attend. The
 * seats taken ({@link #registered}) move only by a conditional update in {@link WorkshopRegistrationRepository}, never
 * by writing this field, and the table's check keeps them within the capacity.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkshopTheme theme;

    @Column(length = 2000)
    public String description;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(length = 500)
    public String place;

    @Column(name = "visio_url", length = 500)
    public String visioUrl;

    @Column(nullable = false)
    public int capacity;

    /** Read-only here: see the class comment. */
    @Column(nullable = false, insertable = false, updatable = false)
    public int registered;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    public String cancelledBy;

    @Column(name = "cancellation_reason", length = 1000)
    public String cancellationReason;

    @Version
    public long version;

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** The business key of the session's reminder process ({@code Process_WorkshopReminder}). */
    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(Long id) {
        return "atelier:" + id;
    }
}
