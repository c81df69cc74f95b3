package fr.amiengine.evaluation.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A criterion's mean across the evaluators of a file, against its threshold. */
@Entity
@Table(name = "consolidation_criterion")
public class ConsolidationCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consolidation_id")
    public ConsolidationRecord consolidation;

    @Column(name = "criterion_key", nullable = false, length = 20)
    public String criterionKey;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal mean;

    @Column(precision = 7, scale = 2)
    public BigDecimal threshold;

    @Column(nullable = false)
    public boolean met;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal spread;
}
