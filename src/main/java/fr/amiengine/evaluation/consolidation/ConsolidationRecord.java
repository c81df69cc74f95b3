package fr.amiengine.evaluation.consolidation;

import fr.amiengine.submission.Candidature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The consolidated result of a file's submitted evaluations (computed by {@link Consolidation}). */
@Entity
@Table(name = "consolidation")
public class ConsolidationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Column(name = "raw_score", nullable = false, precision = 7, scale = 2)
    public BigDecimal rawScore;

    @Column(nullable = false)
    public boolean eligible;

    @Column(nullable = false)
    public boolean disagreement;

    @Column(name = "disagreement_detail", length = 2000)
    public String disagreementDetail;

    @Column(nullable = false)
    public int evaluations;

    @Column(name = "consolidated_at", nullable = false)
    public Instant consolidatedAt;

    @Column(name = "consensus_note", length = 4000)
    public String consensusNote;

    @Column(name = "minority_view", length = 4000)
    public String minorityView;

    @OneToMany(mappedBy = "consolidation", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ConsolidationCriterion> criteria = new ArrayList<>();
}
