package fr.amiengine.publication.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deployment feedback as the administrators moderate it: the solution it is about, the administration that signed
 * it (never the account that wrote it), its text, its state and, once moderated, by whom, when and why.
 */
public record FeedbackView(Long id, String campaignCode, String reference, String solutionName, String organisation,
                           String administrationType, String administrationTypeLabel, LocalDate deployedOn, String context,
                           String outcome, String outcomeLabel, String comment, Instant recordedAt, FeedbackState state,
                           String stateLabel, Instant moderatedAt, String moderatedBy, String rejectionReason) {

    static FeedbackView of(DeploymentFeedback f) {
        return new FeedbackView(f.id, f.entry.campaign.code, f.entry.reference, f.entry.solutionName, f.organisationName,
                f.administrationType.name(), f.administrationType.label, f.deployedOn, f.context, f.outcome.name(),
                f.outcome.label, f.comment, f.createdAt, f.state, f.state.label, f.moderatedAt, f.moderatedBy,
                f.rejectionReason);
    }

    /** The name of its « reason » field on the moderation page: one form per feedback. */
    public String field() {
        return "reason-" + id;
    }
}
