package fr.amiengine.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A functional family of the panorama (e.g. « Traitement automatique de documents »). */
@Entity
@Table(name = "campaign_family")
public class FunctionalFamily extends PanacheEntityBase {

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

    /** The fewest laureates this family must have, if the call sets it. */
    @Column(name = "min_retained")
    public Integer minRetained;

    /** The most laureates this family may have, if the call sets it. */
    @Column(name = "max_retained")
    public Integer maxRetained;
}
