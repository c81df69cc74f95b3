package fr.amiengine.matching;

import fr.amiengine.publication.PanoramaDocument.Feedback;
import fr.amiengine.publication.PanoramaDocument.Ref;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The records the matching's API serves and its pages show. */
public final class MatchingViews {

    private MatchingViews() {
    }

    /** The need a list of matches is for. */
    public record NeedSummary(String reference, String title, Ref family, Ref state, List<String> constraints) {
    }

    /**
     * One ranked solution and why: the constraints it meets, the need's words it shares, whether it is of the need's
     * family, and the public deployment feedback on it.
     */
    public record MatchView(int rank, String campaign, String campaignTitle, String reference, String name, String organisation,
                            Ref family, boolean sameFamily, String familyMatch, double relevance, List<String> constraintsMet,
                            List<String> matchedWords, List<Feedback> feedbacks, boolean interested, String url) {
    }

    /** A solution the hard constraints left out, and each constraint it misses. */
    public record ExcludedView(String campaign, String reference, String name, String organisation, Ref family,
                               List<String> missed, boolean interested, String url) {
    }

    public record MatchesView(NeedSummary need, int candidates, List<MatchView> matches, List<ExcludedView> excluded) {
    }

    /** The solution to mark « intéressé », by the reference of its panorama entry (as the public panorama shows it). */
    public record InterestRequest(
            @NotBlank(message = "Indiquez la référence de la solution (entrée du panorama)")
            @Size(max = 60, message = "La référence de la solution ne doit pas dépasser 60 caractères") String entry) {
    }

    public record InterestView(String need, String entry, String solution, boolean interested) {
    }

    /** How the company may reach the administration: its public contact, never the account that declared the need. */
    public record Contact(String administration, String email, String phone) {
    }

    /**
     * A need marked on one of the company's solutions, as the company sees it: never the private notes, nor the
     * account that declared it or marked it.
     */
    public record InterestedNeedView(String reference, String title, String mission, String context, Ref family,
                                     Integer usersCount, Long documentsPerYear, String volume, List<String> constraints,
                                     Ref horizon, Long budgetMinEuros, Long budgetMaxEuros, String budget, Ref state, Contact contact,
                                     String solutionReference, String solutionName, String campaign, Instant markedAt) {
    }

    /** An open need in the coverage. */
    public record NeedLine(String reference, String title, String administration, Ref family) {
    }

    /** One published solution: the open needs it serves (constraints passed, same family) and those marked on it. */
    public record SolutionCoverage(String campaign, String reference, String name, String organisation, Ref family,
                                   List<NeedLine> serves, List<NeedLine> interested) {
    }

    /** One family: its open needs, how many a laureate serves, the solutions that serve some, and the unserved needs. */
    public record FamilyCoverage(Ref family, int openNeeds, int servedNeeds, List<String> solutions, List<NeedLine> unserved) {
    }

    /**
     * Per solution and per family, the open needs served; and the open needs no laureate serves, the input of the next
     * call.
     */
    public record CoverageView(int openNeeds, List<SolutionCoverage> solutions, List<FamilyCoverage> families,
                               List<NeedLine> unserved) {
    }
}
