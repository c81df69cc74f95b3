package fr.amiengine.correspondence;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.submission.Candidature;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class StoredDocumentRepository implements PanacheRepository<StoredDocument> {

    /** The document of this kind of a file, or of the campaign itself (the minutes) when {@code file} is null. */
    public Optional<StoredDocument> of(Campaign campaign, Candidature file, DocumentKind kind) {
        return file == null
                ? find("campaign.id = ?1 and candidature is null and kind = ?2", campaign.id, kind).firstResultOptional()
                : find("candidature.id = ?1 and kind = ?2", file.id, kind).firstResultOptional();
    }
}
