package fr.amiengine.publication.rules;

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

/** One published version of a campaign's rules: the public JSON document exactly as it was frozen, never edited. */
@Entity
@Table(name = "published_rules")
public class PublishedRules {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** 1: published when the call opened; 2: the same with the committee, once the decisions are final. */
    @Column(nullable = false)
    public int version;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The {@link RulesDocument} in JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String content;
}
