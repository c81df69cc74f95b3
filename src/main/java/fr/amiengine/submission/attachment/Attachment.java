package fr.amiengine.submission.attachment;

import fr.amiengine.submission.Candidature;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PDF attached to a candidature; its bytes live in the database with the file, loaded only on download. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "page_count", nullable = false)
    public int pageCount;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
