package fr.amiengine.submission.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    /** Metadata only: the lazy {@code content} column is not read. */
    public List<Attachment> ofCandidature(Long candidatureId) {
        return list("candidature.id = ?1 order by uploadedAt, id", candidatureId);
    }

    public long countOf(Long candidatureId) {
        return count("candidature.id", candidatureId);
    }

    /** The same count by the file's reference, for who does not hold the file itself (one query, not two). */
    public long countOfReference(String reference) {
        return count("candidature.reference", reference);
    }
}
