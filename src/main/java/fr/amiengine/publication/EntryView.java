package fr.amiengine.publication;

import fr.amiengine.publication.feedback.FeedbackState;
import java.time.Instant;
import java.util.List;

/** A panorama entry as the administrators see it: its working values and the audit of every edit. */
public record EntryView(String campaignCode, PanoramaDocument.Solution entry, List<Audit> audit, List<FeedbackLine> feedbacks) {

    /**
     * A deployment feedback as the administrators see it: pending, public, or rejected (or withdrawn) with who, when
     * and why.
     */
    public record FeedbackLine(Long id, String organisation, java.time.LocalDate deployedOn, String context, String outcome,
                               String comment, Instant recordedAt, FeedbackState state, String stateLabel,
                               Instant moderatedAt, String moderatedBy, String reason) {

        /** The name of its « reason » field on the page: one form per feedback. */
        public String field() {
            return "reason-" + id;
        }
    }


    /** One edit: when, by whom, which field, from what to what, why, and the publication that made it public (null: not yet). */
    public record Audit(Instant at, String by, String field, String label, String before, String after, String note,
                        Integer publishedIn) {
    }
}
