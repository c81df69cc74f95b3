package fr.amiengine.evaluation.assignment;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.evaluation.committee.Evaluator;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** One evaluator on one file: proposed by the solver (or an administrator), then released with a due date. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluator_id")
    public Evaluator evaluator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AssignmentState state;

    /** 1 for the initial evaluators, 2 for one added after a disagreement, 3 for a replacement after a recusal. */
    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public boolean expert;

    /** Why the file went to this evaluator, in French. */
    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "recused_at")
    public Instant recusedAt;

    @Column(name = "recusal_reason", length = 2000)
    public String recusalReason;

    @Version
    public long version;

    public boolean isActive() {
        return state != AssignmentState.RECUSED;
    }
}
