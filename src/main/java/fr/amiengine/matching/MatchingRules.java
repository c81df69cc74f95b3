package fr.amiengine.matching;

import fr.amiengine.needs.Need;
import fr.amiengine.publication.PanoramaDocument.Feedback;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.shared.FrenchAnalysis;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The matching of one need to the published solutions, without the database: the hard constraints filter (each
 * solution left out says which constraints it misses), then the kept ones are ranked, those of the need's family
 * first, then by the French text relevance of the solution to the need.
 *
 * <p>Relevance is Lucene's BM25 (k1 = 1.2, b = 0.75) over the terms of {@link FrenchAnalysis}: the candidate
 * solutions are indexed in memory ({@link ByteBuffersDirectory}, a few dozen short documents, built per need in a few
 * milliseconds), the need's title, mission and context are the query, one optional clause per term. BM25 rather
 * than a hand-written overlap count because a term that every solution shares (« données », « solution ») must weigh
 * less than a rare one (« transcrire », « audiences »), and long descriptions must not win by length alone: BM25's
 * inverse document frequency and length normalisation do both, as Lucene has done by default since version 6.
 */
public final class MatchingRules {

    /** A solution of the latest publication of a published panorama. */
    public record Candidate(String campaignCode, String campaignTitle, Solution solution) {
    }

    /**
     * A solution that passes every hard constraint of the need.
     *
     * @param met          each hard constraint of the need, in French, and how the solution meets it
     * @param matchedWords the need's words (as the need writes them) that the solution's text shares, by analysed term
     * @param relevance    BM25 score of the solution to the need (0 when no word is shared)
     */
    public record Match(Candidate candidate, boolean sameFamily, double relevance, List<String> met, List<String> matchedWords,
                        List<Feedback> feedbacks) {
    }

    /** A solution left out, with each hard constraint it misses, in French. */
    public record Excluded(Candidate candidate, List<String> missed) {
    }

    public record Result(List<Match> matches, List<Excluded> excluded) {
    }

    private static final String FIELD = "text";
    private static final int MAX_CLAUSES = 1000;

    private MatchingRules() {
    }

    /** The explanation of every hard constraint of {@code need} against {@code s}: what it meets, what it misses. */
    public static Check check(Need need, Solution s) {
        Check check = new Check();
        if (need.hostingRequired != null && need.hostingRequired != HostingLocation.OUTSIDE_EUROPEAN_UNION) {
            String required = need.hostingRequired.label;
            Ref hosting = s.hosting();
            boolean ok = hosting != null && (hosting.code().equals(HostingLocation.FRANCE.name())
                    || need.hostingRequired == HostingLocation.EUROPEAN_UNION && hosting.code().equals(HostingLocation.EUROPEAN_UNION.name()));
            check.add(ok, ok ? MatchingWording.hostingMet(required, hosting) : MatchingWording.hostingMissed(required, hosting));
        }
        Set<String> held = codes(s.securityQualifications());
        for (SecurityQualification q : sorted(need.securityRequired, SecurityQualification.class)) {
            boolean ok = held.contains(q.name());
            check.add(ok, ok ? MatchingWording.securityMet(q.label) : MatchingWording.securityMissed(q.label, !held.isEmpty()));
        }
        Set<String> acceptable = acceptable(need.accessibilityRequired);
        if (!acceptable.isEmpty()) {
            String required = need.accessibilityRequired.label;
            Ref level = s.accessibility();
            boolean ok = level != null && acceptable.contains(level.code());
            check.add(ok, ok ? MatchingWording.accessibilityMet(required, level) : MatchingWording.accessibilityMissed(required, level));
        }
        if (need.deploymentModesAccepted != null && !need.deploymentModesAccepted.isEmpty()) {
            List<DeploymentMode> accepted = sorted(need.deploymentModesAccepted, DeploymentMode.class);
            List<String> acceptedLabels = accepted.stream().map(m -> m.label).toList();
            List<Ref> offered = s.deploymentModes() == null ? List.of() : s.deploymentModes();
            Set<String> wanted = accepted.stream().map(Enum::name).collect(Collectors.toSet());
            List<String> common = offered.stream().filter(m -> wanted.contains(m.code())).map(Ref::label).toList();
            check.add(!common.isEmpty(), common.isEmpty()
                    ? MatchingWording.deploymentMissed(acceptedLabels, offered.stream().map(Ref::label).toList())
                    : MatchingWording.deploymentMet(acceptedLabels, common));
        }
        String federation = need.identityFederationRequired;
        if (federation != null && !FrenchAnalysis.terms(federation).isEmpty()) {
            String offered = s.identityFederation();
            boolean ok = offered != null && FrenchAnalysis.containsAll(offered, federation);
            check.add(ok, ok ? MatchingWording.federationMet(federation.strip(), offered.strip())
                    : MatchingWording.federationMissed(federation.strip(), offered));
        }
        return check;
    }

    /** The hard constraints of a need, in French (« Hébergement exigé en France »…), as a company reads them. */
    public static List<String> constraints(Need need) {
        List<String> constraints = new ArrayList<>();
        if (need.hostingRequired != null && need.hostingRequired != HostingLocation.OUTSIDE_EUROPEAN_UNION) {
            constraints.add(MatchingWording.hostingRequired(need.hostingRequired.label));
        }
        sorted(need.securityRequired, SecurityQualification.class).forEach(q -> constraints.add(MatchingWording.securityRequired(q.label)));
        if (!acceptable(need.accessibilityRequired).isEmpty()) {
            constraints.add(MatchingWording.accessibilityRequired(need.accessibilityRequired.label));
        }
        if (need.deploymentModesAccepted != null && !need.deploymentModesAccepted.isEmpty()) {
            constraints.add(MatchingWording.deploymentRequired(sorted(need.deploymentModesAccepted, DeploymentMode.class).stream()
                    .map(m -> m.label).toList()));
        }
        if (need.identityFederationRequired != null && !FrenchAnalysis.terms(need.identityFederationRequired).isEmpty()) {
            constraints.add(MatchingWording.federationRequired(need.identityFederationRequired.strip()));
        }
        return constraints.isEmpty() ? List.of(MatchingWording.noConstraint()) : List.copyOf(constraints);
    }

    /** What one solution meets and misses of a need's hard constraints. */
    public static final class Check {
        public final List<String> met = new ArrayList<>();
        public final List<String> missed = new ArrayList<>();

        void add(boolean ok, String sentence) {
            (ok ? met : missed).add(sentence);
        }

        public boolean passes() {
            return missed.isEmpty();
        }
    }

    /** Whether {@code s} passes every hard constraint of {@code need} and is of its family: it serves the need. */
    public static boolean serves(Need need, Solution s) {
        return sameFamily(need, s) && check(need, s).passes();
    }

    static boolean sameFamily(Need need, Solution s) {
        return s.family() != null && s.family().code().equals(need.familyCode);
    }

    /**
     * The ranked matches of {@code need} and the solutions left out: family first, then relevance, then the
     * solution's name (so that equal scores keep one order); the left-out ones by name.
     */
    public static Result rank(Need need, List<Candidate> candidates) {
        double[] scores = relevance(need, candidates);
        List<FrenchAnalysis.Term> needTerms = needTerms(need);
        List<Match> matches = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Check check = check(need, c.solution());
            if (!check.passes()) {
                excluded.add(new Excluded(c, List.copyOf(check.missed)));
                continue;
            }
            List<String> met = check.met.isEmpty() ? List.of(MatchingWording.noConstraint()) : List.copyOf(check.met);
            matches.add(new Match(c, sameFamily(need, c.solution()), scores[i], met,
                    matchedWords(needTerms, solutionTerms(c.solution())),
                    c.solution().feedbacks() == null ? List.of() : c.solution().feedbacks()));
        }
        Comparator<Match> order = Comparator.comparing(Match::sameFamily).reversed()
                .thenComparing(Comparator.comparingDouble(Match::relevance).reversed())
                .thenComparing(m -> m.candidate().solution().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> m.candidate().solution().reference());
        matches.sort(order);
        excluded.sort(Comparator.comparing((Excluded e) -> e.candidate().solution().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.candidate().solution().reference()));
        return new Result(List.copyOf(matches), List.copyOf(excluded));
    }

    /** The words of the need that a solution's text shares, each once (by term), as the need first writes it. */
    static List<String> matchedWords(List<FrenchAnalysis.Term> needTerms, Set<String> solutionTerms) {
        Map<String, String> words = new LinkedHashMap<>();
        for (FrenchAnalysis.Term t : needTerms) {
            if (solutionTerms.contains(t.term())) {
                words.putIfAbsent(t.term(), t.word());
            }
        }
        return List.copyOf(words.values());
    }

    private static List<FrenchAnalysis.Term> needTerms(Need need) {
        List<FrenchAnalysis.Term> terms = new ArrayList<>();
        Stream.of(need.title, need.mission, need.context).filter(Objects::nonNull).forEach(t -> terms.addAll(FrenchAnalysis.analyse(t)));
        return terms;
    }

    /** What the relevance reads of a solution: its name, description, interfaces, standards, integrations and references. */
    static String solutionText(Solution s) {
        return Stream.of(s.name(), s.summary(), s.apis(), s.standards(), s.identityFederation(), s.publicReferences())
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static Set<String> solutionTerms(Solution s) {
        return FrenchAnalysis.terms(solutionText(s));
    }

    /** BM25 of each candidate to the need, by Lucene over an in-memory index of the candidates. */
    static double[] relevance(Need need, List<Candidate> candidates) {
        double[] scores = new double[candidates.size()];
        List<String> terms = needTerms(need).stream().map(FrenchAnalysis.Term::term).distinct().limit(MAX_CLAUSES).toList();
        if (candidates.isEmpty() || terms.isEmpty()) {
            return scores;
        }
        IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.analyzer()).setSimilarity(new BM25Similarity());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < candidates.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField("index", i));
                    doc.add(new TextField(FIELD, solutionText(candidates.get(i).solution()), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                terms.forEach(t -> query.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.SHOULD));
                for (ScoreDoc hit : searcher.search(query.build(), candidates.size()).scoreDocs) {
                    int index = searcher.storedFields().document(hit.doc).getField("index").numericValue().intValue();
                    scores[index] = hit.score;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    private static Set<String> acceptable(AccessibilityLevel required) {
        if (required == AccessibilityLevel.FULLY_COMPLIANT) {
            return Set.of(AccessibilityLevel.FULLY_COMPLIANT.name(), AccessibilityLevel.NOT_APPLICABLE.name());
        }
        if (required == AccessibilityLevel.PARTIALLY_COMPLIANT) {
            return Set.of(AccessibilityLevel.FULLY_COMPLIANT.name(), AccessibilityLevel.PARTIALLY_COMPLIANT.name(),
                    AccessibilityLevel.NOT_APPLICABLE.name());
        }
        // « non conforme » or « non applicable » asked: nothing to require
        return Set.of();
    }

    private static Set<String> codes(List<Ref> refs) {
        return refs == null ? Set.of() : refs.stream().map(Ref::code).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
    }
}
