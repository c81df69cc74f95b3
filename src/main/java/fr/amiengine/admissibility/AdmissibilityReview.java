package fr.amiengine.admissibility;

import fr.amiengine.submission.Candidature;
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

/** One admissibility decision by an administrator, kept forever (a file may be reviewed several times). */
@Entity
@Table(name = "admissibility_review")
public class AdmissibilityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public AdmissibilityOutcome outcome;

    @Column(length = 4000)
    public String reason;

    @Column(name = "correction_due_at")
    public Instant correctionDueAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
