package fr.amiengine.submission;

/**
 * What an administrator looks for among the files of a campaign; {@code null} means any.
 *
 * @param search a reference, a SIREN, or words of the organisation's or the solution's name (case and accents ignored)
 */
public record CandidatureFilter(CandidatureState state, String trackCode, String familyCode, String search) {

    public CandidatureFilter {
        trackCode = blankToNull(trackCode);
        familyCode = blankToNull(familyCode);
        search = blankToNull(search);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
