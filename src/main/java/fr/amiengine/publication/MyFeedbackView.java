package fr.amiengine.publication;

import fr.amiengine.publication.feedback.FeedbackState;
import java.time.LocalDate;

/**
 * A deployment feedback as the members of the administration that signed it see it (their home page, the solution's
 * page): where its moderation stands, and why it was rejected.
 *
 * @param rejectionReason why an administrator rejected or withdrew it; null otherwise
 */
public record MyFeedbackView(String campaignCode, String reference, String solutionName, LocalDate deployedOn,
                             String outcome, FeedbackState state, String stateLabel, String rejectionReason) {

    public boolean pending() {
        return state == FeedbackState.PENDING;
    }

    public boolean rejected() {
        return state == FeedbackState.REJECTED;
    }
}
