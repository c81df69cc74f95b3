package fr.amiengine.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a track and a functional family share: each belongs to one campaign, has a code unique in it, a French label
 * and a place in the call's order. Each keeps its own table; the columns keep their names.
 */
@MappedSuperclass
public abstract class CampaignPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int position;
}
