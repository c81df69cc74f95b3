package fr.amiengine.publication.feedback;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.publication.PanoramaEntry;
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
import java.time.LocalDate;

/**
 * A deployment feedback (retour d'expérience) from an administration that uses a retained solution. Held until an
 * administrator approves it ({@code Process_FeedbackModeration}), then public under the administration's name; a
 * rejected one is never public, its reason kept. The author's account is kept for the audit, never shown.
 */
@Entity
@Table(name = "deployment_feedback")
public class DeploymentFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public PanoramaEntry entry;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    /** Whether an administrator had verified the administration when it wrote this (always, since issue #10). */
    @Column(name = "organisation_verified", nullable = false)
    public boolean organisationVerified;

    /** The Keycloak account that wrote it (audit only). */
    @Column(nullable = false)
    public String author;

    @Column(name = "deployed_on", nullable = false)
    public LocalDate deployedOn;

    @Column(nullable = false, length = 2000)
    public String context;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public FeedbackOutcome outcome;

    @Column(length = 4000)
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The kind of public body the administration is, as its member declared it (OTHER for those written before). */
    @Enumerated(EnumType.STRING)
    @Column(name = "administration_type", nullable = false, length = 40)
    public AdministrationType administrationType = AdministrationType.OTHER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FeedbackState state = FeedbackState.PENDING;

    /**
     * When and by whom (login) it was approved or rejected; an approved one may be withdrawn later (personal data seen
     * afterwards): it is then rejected, and these say who withdrew it.
     */
    @Column(name = "moderated_at")
    public Instant moderatedAt;

    @Column(name = "moderated_by")
    public String moderatedBy;

    /** Why it was rejected; kept for the audit, shown to the administration that wrote it, never public. */
    @Column(name = "rejection_reason", length = 1000)
    public String rejectionReason;

    public boolean isPublic() {
        return state == FeedbackState.APPROVED;
    }
}
