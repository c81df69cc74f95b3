package fr.amiengine.evaluation.committee;

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
import java.time.Instant;

/** An organisation (by SIREN) whose files a member may not evaluate. */
@Entity
@Table(name = "conflict_link")
public class ConflictLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluator_id")
    public Evaluator evaluator;

    @Column(nullable = false, length = 9)
    public String siren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ConflictKind kind;

    @Column(length = 1000)
    public String note;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
