package fr.amiengine.evaluation.scoring;

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

/** The score and the justification of one criterion; changes are recorded in the {@link ScoreLedgerEntry ledger}. */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;

    @Column(name = "criterion_key", nullable = false, length = 20)
    public String criterionKey;

    @Column(precision = 7, scale = 2)
    public BigDecimal score;

    @Column(length = 4000)
    public String justification;
}
