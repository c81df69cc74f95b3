package fr.amiengine.waitlist;

import java.time.Instant;
import java.util.List;

/**
 * A renunciation and its promotion, as the administrators read it.
 *
 * @param state          {@link Promotion.State} name
 * @param proposal       why the proposed file: rank, seat, budget, family bounds
 * @param skipped        the waitlisted files passed over before it, and why
 * @param noneFits       why no waitlisted file can take the seat, when none can
 */
public record PromotionView(String campaignCode, String withdrawnReference, String withdrawnSolution, String withdrawnOrganisation,
                            String trackCode, String trackLabel, String reason, String withdrawnBy, Instant withdrawnAt, String state,
                            String stateLabel, String proposedReference, String proposedSolution, String proposedOrganisation,
                            String proposal, List<String> skipped, String noneFits, String firstApprover, Instant firstApprovedAt,
                            String secondApprover, Instant secondApprovedAt, String rejectedBy, String rejectionReason,
                            Instant rejectedAt) {
}
