package fr.amiengine.submission;

import fr.amiengine.identity.OrganisationView;
import fr.amiengine.submission.CandidatureRequest.Compliance;
import fr.amiengine.submission.CandidatureRequest.Contact;
import fr.amiengine.submission.CandidatureRequest.Integration;
import fr.amiengine.submission.attachment.Attachment;
import fr.amiengine.submission.solution.MaturityLevel;
import java.time.Instant;
import java.util.List;

/** A candidature as its organisation and the administrators see it, with its timeline. */
public record CandidatureView(
        String reference,
        String campaignCode,
        String campaignTitle,
        OrganisationView organisation,
        CandidatureState state,
        String trackCode,
        String trackLabel,
        String familyCode,
        String familyLabel,
        String solutionName,
        String summary,
        MaturityLevel maturityLevel,
        Integration integration,
        Compliance compliance,
        String publicReferences,
        Long requestedAmountEuros,
        Contact contact,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        String stateReason,
        Instant correctionDueAt,
        List<AttachmentView> attachments,
        List<EventView> history) {

    public record AttachmentView(Long id, String fileName, long sizeBytes, int pageCount, String sha256, Instant uploadedAt) {

        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.fileName, a.sizeBytes, a.pageCount, a.sha256, a.uploadedAt);
        }
    }

    public record EventView(Instant at, CandidatureState fromState, CandidatureState toState, String actor, String note) {
    }

    /**
     * @param forAdministrator administrators see who acted; candidates see a role for anyone outside their
     *                         organisation
     */
    public static CandidatureView of(Candidature c, List<Attachment> attachments, boolean forAdministrator) {
        return new CandidatureView(c.reference, c.campaign.code, c.campaign.title, OrganisationView.of(c.organisation),
                c.state,
                c.track == null ? null : c.track.code,
                c.track == null ? null : c.track.label,
                c.family == null ? null : c.family.code,
                c.family == null ? null : c.family.label,
                c.solutionName, c.solution.summary, c.solution.maturityLevel,
                new Integration(c.solution.apis, c.solution.standards, c.solution.identityFederation, c.solution.deploymentModes),
                new Compliance(c.solution.gdprCompliant, c.solution.hostingLocation, c.solution.securityQualifications, c.solution.accessibilityLevel),
                c.solution.publicReferences, c.requestedAmountEuros,
                new Contact(c.solution.contactName, c.solution.contactEmail, c.solution.contactPhone, c.contactPublic),
                c.createdAt, c.updatedAt, c.submittedAt, c.stateReason,
                c.state == CandidatureState.CORRECTION_REQUESTED ? c.correctionDueAt : null,
                attachments.stream().map(AttachmentView::of).toList(),
                c.history.stream().map(e -> new EventView(e.at, e.fromState, e.toState,
                        forAdministrator || e.actorKind == ActorKind.CANDIDATE ? e.actor : e.actorKind.publicName,
                        e.note)).toList());
    }
}
