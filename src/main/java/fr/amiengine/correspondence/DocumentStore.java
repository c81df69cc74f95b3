package fr.amiengine.correspondence;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Keeps the PDFs we produce; a document is written once and never replaced. */
@ApplicationScoped
public class DocumentStore {

    @Inject
    ServerClock clock;

    @Inject
    StoredDocumentRepository documents;

    public Optional<StoredDocument> find(Campaign campaign, Candidature file, DocumentKind kind) {
        return documents.of(campaign, file, kind);
    }

    StoredDocument save(Campaign campaign, Candidature file, DocumentKind kind, byte[] pdf) {
        StoredDocument document = new StoredDocument();
        document.campaign = campaign;
        document.candidature = file;
        document.kind = kind;
        document.fileName = kind.fileStem + "-" + (file == null ? campaign.code : file.reference) + ".pdf";
        document.sizeBytes = pdf.length;
        document.sha256 = sha256(pdf);
        document.createdAt = clock.now();
        document.content = pdf;
        documents.persist(document);
        return document;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
