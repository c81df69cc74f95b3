package fr.amiengine.submission;

import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.Pseudonyms;
import fr.amiengine.submission.attachment.Attachment;
import fr.amiengine.submission.attachment.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The people of a campaign's files: each file's contact (name, e-mail address, telephone) is erased; the accounts of
 * the organisation named in the file's history, as its creator and as the uploader of its PDFs, are replaced by
 * « Personne 1 », « Personne 2 »…, so that the history still reads. The agents' steps keep their author: they are
 * the administration's acts. The organisation's own name, SIREN and contact are the organisation's, not the
 * campaign's, and stay.
 */
@ApplicationScoped
public class CandidaturePersonalDataHolder implements PersonalDataHolder {

    @Inject
    CandidatureRepository candidatures;

    @Inject
    AttachmentRepository attachments;

    @Override
    public String description() {
        return "Contacts des dossiers (nom, adresse électronique, téléphone)\u00a0: effacés\u00a0; comptes de l’organisation dans "
                + "l’historique des dossiers et des pièces jointes\u00a0: remplacés par «\u00a0Personne 1\u00a0», «\u00a0Personne 2\u00a0»…";
    }

    @Override
    public int erase(Long campaignId) {
        int changed = 0;
        Pseudonyms pseudonyms = new Pseudonyms();
        List<Candidature> files = candidatures.list("from Candidature c left join fetch c.history where c.campaign.id = ?1 "
                + "order by c.id", campaignId).stream().distinct().toList();
        for (Candidature file : files) {
            boolean touched = false;
            if (file.solution.contactName != null || file.solution.contactEmail != null || file.solution.contactPhone != null) {
                file.solution.contactName = null;
                file.solution.contactEmail = null;
                file.solution.contactPhone = null;
                touched = true;
            }
            if (!Pseudonyms.isPseudonym(file.createdBy)) {
                file.createdBy = pseudonyms.of(file.createdBy);
                touched = true;
            }
            changed += touched ? 1 : 0;
            for (CandidatureEvent event : file.history) {
                if (event.actorKind == ActorKind.CANDIDATE && !Pseudonyms.isPseudonym(event.actor)) {
                    event.actor = pseudonyms.of(event.actor);
                    changed++;
                }
            }
        }
        for (Attachment attachment : attachments.list("candidature.campaign.id = ?1 order by id", campaignId)) {
            if (!Pseudonyms.isPseudonym(attachment.uploadedBy)) {
                attachment.uploadedBy = pseudonyms.of(attachment.uploadedBy);
                changed++;
            }
        }
        return changed;
    }
}
