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
        List<String> missing = new ArrayList<>();
        if (attachments.countOf(candidature.id) == 0) {
            missing.add("au moins une pièce jointe PDF présentant la solution");
        }
        return missing;
    }
}
