package fr.amiengine.campaign;

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
import java.math.BigDecimal;

/** One criterion of a campaign's grid: its weight, its scale and an optional eligibility threshold. */
@Entity
@Table(name = "campaign_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion_key", nullable = false)
    public CriterionKey key;

    @Column(nullable = false)
    public String label;

    @Column(length = 2000)
    public String guidance;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal weight;

    @Column(name = "scale_min", nullable = false, precision = 7, scale = 2)
    public BigDecimal scaleMin;

    @Column(name = "scale_max", nullable = false, precision = 7, scale = 2)
    public BigDecimal scaleMax;

    @Column(name = "scale_step", nullable = false, precision = 7, scale = 2)
    public BigDecimal scaleStep;

    @Column(precision = 7, scale = 2)
    public BigDecimal threshold;

    @Column(nullable = false)
    public int position;
}
