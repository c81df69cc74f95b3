package fr.amiengine.submission;

import java.time.Instant;

/** One line of a list of candidatures. */
public record CandidatureSummary(String reference, String campaignCode, String organisationName, String siren,
                                 String solutionName, String trackCode, String familyCode, CandidatureState state,
                                 Instant submittedAt, Instant updatedAt) {

    public static CandidatureSummary of(Candidature c) {
        return new CandidatureSummary(c.reference, c.campaign.code, c.organisation.legalName, c.organisation.siren,
                c.solutionName, c.track == null ? null : c.track.code, c.family == null ? null : c.family.code,
                c.state, c.submittedAt, c.updatedAt);
    }
}
