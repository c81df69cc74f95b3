package fr.amiengine.admissibility;

import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.attachment.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic part of admissibility: the pieces a submitted file must carry. The form's own fields are
 * already checked at submission; what remains is what a person would otherwise count by hand.
 */
@ApplicationScoped
public class CompletenessCheck {

    @Inject
    AttachmentRepository attachments;

    /** @return what is missing, in French; empty when the file is complete */
    public List<String> missingPieces(Candidature candidature) {
        return missingPieces(attachments.countOf(candidature.id));
    }

    private static List<String> missingPieces(long attachmentCount) {
        List<String> missing = new ArrayList<>();
        if (attachmentCount == 0) {
            missing.add("au moins une pièce jointe PDF présentant la solution");
        }
        return missing;
    }

    /**
     * Whether the file of this reference carries every piece: {@link #missingPieces} without loading the file, one
     * query (the engine's {@code Task_CheckCompleteness} holds only the reference).
     */
    public boolean isComplete(String reference) {
        return missingPieces(attachments.countOfReference(reference)).isEmpty();
    }
}
