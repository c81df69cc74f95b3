package fr.amiengine.meetings;

import java.time.Instant;

/** A meeting request and its answer, as its parties and the administrators read it. */
public record MeetingView(Long id, Long dayId, String campaignCode, String dayLabel, Long slotId, String slot, Instant startsAt,
                          Instant endsAt, String place, String visioUrl, String buyerOrganisation, String buyerUsername,
                          String laureateReference, String solutionName, String laureateOrganisation, String needReference,
                          String needTitle, String message, MeetingState state, String stateLabel, String answerReason,
                          Instant requestedAt, Instant answeredAt) {

    public boolean awaitingAnswer() {
        return state == MeetingState.REQUESTED;
    }
}
