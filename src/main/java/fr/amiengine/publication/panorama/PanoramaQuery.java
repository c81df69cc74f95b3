package fr.amiengine.publication.panorama;

import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.shared.FrenchAnalysis;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A search of the panorama: words looked for in the name, the organisation, the description, the family and the
 * integration declarations, and exact filters. Words are read by the application's French analysis
 * ({@link FrenchAnalysis}: accents, case, elision, stop words, plurals and stems), the one the matching of needs uses:
 * every term of the query must be among the solution's terms, so « transcriptions » finds « transcrire ».
 *
 * @param text       the words typed, or blank
 * @param family     a family code, or blank
 * @param track      a track code, or blank
 * @param maturity   a {@link fr.amiengine.submission.solution.MaturityLevel} name, or blank
 * @param deployment a {@link fr.amiengine.submission.solution.DeploymentMode} name the solution offers, or blank
 * @param hosting    a {@link fr.amiengine.submission.solution.HostingLocation} name, or blank
 */
public record PanoramaQuery(String text, String family, String track, String maturity, String deployment, String hosting) {

    public static final PanoramaQuery ALL = new PanoramaQuery(null, null, null, null, null, null);

    public List<Solution> apply(List<Solution> solutions) {
        Set<String> words = FrenchAnalysis.terms(text);
        return solutions.stream().filter(s -> matches(s, words)).toList();
    }

    public boolean isEmpty() {
        return Stream.of(text, family, track, maturity, deployment, hosting).allMatch(v -> v == null || v.isBlank());
    }

    private boolean matches(Solution s, Set<String> words) {
        if (!is(family, s.family()) || !is(track, s.track()) || !is(maturity, s.maturity()) || !is(hosting, s.hosting())) {
            return false;
        }
        if (present(deployment) && s.deploymentModes().stream().noneMatch(m -> m.code().equals(deployment))) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        return FrenchAnalysis.terms(Stream.of(s.name(), s.organisation().name(), s.summary(), PanoramaDocument.label(s.family()),
                s.apis(), s.standards(), s.publicReferences()).filter(Objects::nonNull).toList()).containsAll(words);
    }

    private static boolean is(String wanted, Ref actual) {
        return !present(wanted) || actual != null && actual.code().equals(wanted);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
