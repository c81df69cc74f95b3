package fr.amiengine.publication.feedback;

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
 * A deployment feedback (retour d'expérience) from an administration that uses a retained solution. Public as soon
 * as it is recorded, under the administration's name, until an administrator hides it; the author's account is kept
 * for the audit, never shown.
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

    /** Set when an administrator withdrew it from the public pages (personal data, off topic…); kept for the audit. */
    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public String hiddenBy;

    @Column(name = "hidden_reason", length = 1000)
    public String hiddenReason;
}
