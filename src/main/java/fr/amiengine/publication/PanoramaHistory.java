package fr.amiengine.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The public history of an entry: what a publication changed, field by field, compared with the one before. */
@Entity
@Table(name = "panorama_history")
public class PanoramaHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(nullable = false, length = 60)
    public String reference;

    @Column(nullable = false)
    public int revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(nullable = false, length = 60)
    public String field;

    @Column(name = "before_value", length = 4000)
    public String before;

    @Column(name = "after_value", length = 4000)
    public String after;
}
