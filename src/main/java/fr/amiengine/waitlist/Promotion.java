package fr.amiengine.waitlist;

import fr.amiengine.campaign.Campaign;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A laureate's renunciation of its selection and what follows it ({@code Process_WaitlistPromotion}): the waitlisted
 * file proposed for the freed seat, or why none fits, and the two administrators' approvals or the rejection.
 */
@Entity
@Table(name = "waitlist_promotion")
public class Promotion {

    /** Where the promotion stands. */
    public enum State {
        /** The renunciation is recorded; the proposal is being computed. */
        PROPOSING("Proposition en cours"),
        /** No waitlisted file can take the seat: the process ended. */
        NONE_FITS("Aucun dossier ne peut prendre la place"),
        AWAITING_FIRST("En attente de la première approbation"),
        AWAITING_SECOND("En attente de la seconde approbation"),
        REJECTED("Promotion rejetée"),
        PROMOTED("Dossier promu");

        public final String label;

        State(String label) {
            this.label = label;
        }

        public boolean awaitsApproval() {
            return this == AWAITING_FIRST || this == AWAITING_SECOND;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "withdrawn_candidature_id")
    public Candidature withdrawn;

    @Column(name = "track_code", nullable = false, length = 40)
    public String trackCode;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "withdrawn_by", nullable = false, length = 100)
    public String withdrawnBy;

    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_candidature_id")
    public Candidature proposed;

    /** Why this file: its rank, the seat, the budget, the family bounds. */
    @Column(length = 4000)
    public String proposal;

    /** The waitlisted files passed over before it, and why, one a line. */
    @Column(length = 4000)
    public String skipped;

    /** Why no waitlisted file can take the seat, for the administrators. */
    @Column(name = "none_fits", length = 4000)
    public String noneFits;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    /** Keycloak subject of the first administrator who approved, and their name. */
    @Column(name = "first_approver", length = 100)
    public String firstApprover;

    @Column(name = "first_approver_name", length = 200)
    public String firstApproverName;

    @Column(name = "first_approved_at")
    public Instant firstApprovedAt;

    @Column(name = "second_approver", length = 100)
    public String secondApprover;

    /** First name and surname: the promotion letter's signatory (CRPA L212-1). */
    @Column(name = "second_approver_name", length = 200)
    public String secondApproverName;

    @Column(name = "second_approved_at")
    public Instant secondApprovedAt;

    @Column(name = "rejected_by", length = 100)
    public String rejectedBy;

    @Column(name = "rejection_reason", length = 2000)
    public String rejectionReason;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Version
    public long version;
}
