package fr.amiengine.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit of one edit of an entry: who changed which field, from what to what, why, and in which publication it went out. */
@Entity
@Table(name = "panorama_change")
public class PanoramaChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public PanoramaEntry entry;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;

    @Column(nullable = false, length = 60)
    public String field;

    @Column(name = "before_value", length = 4000)
    public String before;

    @Column(name = "after_value", length = 4000)
    public String after;

    @Column(nullable = false, length = 1000)
    public String note;

    /** The publication that made it public; null while it waits for the next one. */
    @Column(name = "published_in")
    public Integer publishedIn;
}
