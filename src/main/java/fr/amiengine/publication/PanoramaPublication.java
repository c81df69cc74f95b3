package fr.amiengine.publication;

import fr.amiengine.campaign.Campaign;
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

/** One publication of a campaign's panorama: the public document exactly as it was frozen, in JSON. */
@Entity
@Table(name = "panorama_publication")
public class PanoramaPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(nullable = false)
    public int revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_by_name", nullable = false)
    public String publishedByName;

    @Column(name = "entry_count", nullable = false)
    public int entryCount;

    /** The solutions as published ({@link PanoramaDocument.Solution}s without history nor feedback), in JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String content;
}
