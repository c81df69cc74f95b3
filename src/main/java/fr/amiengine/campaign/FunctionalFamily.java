package fr.amiengine.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A functional family of the panorama (e.g. « Traitement automatique de documents »). */
@Entity
@Table(name = "campaign_family")
public class FunctionalFamily extends CampaignPart {

    /** The fewest laureates this family must have, if the call sets it. */
    @Column(name = "min_retained")
    public Integer minRetained;

    /** The most laureates this family may have, if the call sets it. */
    @Column(name = "max_retained")
    public Integer maxRetained;
}
