package fr.amiengine.correspondence;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.submission.Candidature;
import jakarta.persistence.Basic;
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

/** A PDF we produced: written once, then served and attached as is. */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The file it is about; null for the campaign's minutes. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
