package fr.amiengine.matching;

import fr.amiengine.identity.Actor;
import fr.amiengine.matching.MatchingRules.Candidate;
import fr.amiengine.matching.MatchingViews.Contact;
import fr.amiengine.matching.MatchingViews.CoverageView;
import fr.amiengine.matching.MatchingViews.ExcludedView;
import fr.amiengine.matching.MatchingViews.FamilyCoverage;
import fr.amiengine.matching.MatchingViews.InterestView;
import fr.amiengine.matching.MatchingViews.InterestedNeedView;
import fr.amiengine.matching.MatchingViews.MatchView;
import fr.amiengine.matching.MatchingViews.MatchesView;
import fr.amiengine.matching.MatchingViews.NeedLine;
import fr.amiengine.matching.MatchingViews.NeedSummary;
import fr.amiengine.matching.MatchingViews.SolutionCoverage;
import fr.amiengine.needs.Need;
import fr.amiengine.needs.NeedRepository;
import fr.amiengine.needs.NeedState;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.publication.PanoramaEntry;
import fr.amiengine.publication.PanoramaEntryRepository;
import fr.amiengine.publication.panorama.PublicPanorama;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching of the administrations' needs to the retained solutions (issue #16): the ranked and explained
 * matches of one need, the buyer's « intéressé », what a company sees of the needs marked on its solutions, and the
 * administrators' coverage. The candidates are the solutions of the latest publication of every published panorama,
 * as the public reads them ({@link PublicPanorama}), with the deployment feedback the public panorama shows.
 */
@ApplicationScoped
public class MatchingService {

    @Inject
    NeedRepository needs;

    @Inject
    NeedInterestRepository interests;

    @Inject
    PanoramaEntryRepository entries;

    @Inject
    PublicPanorama panorama;

    @Inject
    ServerClock clock;

    /** The solutions of the latest publication of each published panorama, newest panorama first. */
    List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (PublicPanorama.Published p : panorama.campaigns()) {
            PanoramaDocument document = panorama.document(p.code());
            document.solutions().forEach(s -> candidates.add(new Candidate(p.code(), p.title(), s)));
        }
        return candidates;
    }

    /** A need of the actor's administration; another's is answered as an unknown one. */
    Need mine(Actor actor, String reference) {
        return needs.byReference(reference).filter(n -> actor.belongsTo(n.organisation.id))
                .orElseThrow(() -> AmiException.notFound("Aucun besoin «\u00a0" + reference + "\u00a0» pour votre administration."));
    }

    /** The ranked and explained matches of one of the actor's needs (open or closed), then the solutions left out. */
    @Transactional
    public MatchesView matches(Actor actor, String reference) {
        Need need = mine(actor, reference);
        List<Candidate> candidates = candidates();
        MatchingRules.Result result = MatchingRules.rank(need, candidates);
        Set<String> marked = new HashSet<>(interests.entriesOf(need));
        List<MatchView> matches = new ArrayList<>();
        for (MatchingRules.Match m : result.matches()) {
            Solution s = m.candidate().solution();
            matches.add(new MatchView(matches.size() + 1, m.candidate().campaignCode(), m.candidate().campaignTitle(), s.reference(),
                    s.name(), s.organisation().name(), s.family(), m.sameFamily(), familyMatch(need, s, m.sameFamily()),
                    Math.round(m.relevance() * 1000) / 1000.0, m.met(), m.matchedWords(), m.feedbacks(),
                    marked.contains(s.reference()), url(m.candidate())));
        }
        List<ExcludedView> excluded = result.excluded().stream().map(e -> {
            Solution s = e.candidate().solution();
            return new ExcludedView(e.candidate().campaignCode(), s.reference(), s.name(), s.organisation().name(), s.family(),
                    e.missed(), marked.contains(s.reference()), url(e.candidate()));
        }).toList();
        return new MatchesView(summary(need), candidates.size(), matches, excluded);
    }

    static NeedSummary summary(Need need) {
        return new NeedSummary(need.reference, need.title, new Ref(need.familyCode, need.familyLabel),
                new Ref(need.state.name(), need.state.label), MatchingRules.constraints(need));
    }

    private static String familyMatch(Need need, Solution s, boolean same) {
        return same ? MatchingWording.sameFamily(need.familyLabel) : MatchingWording.otherFamily(s.family() == null ? null : s.family().label());
    }

    private static String url(Candidate c) {
        return "/panorama/" + c.campaignCode() + "/solutions/" + c.solution().reference();
    }

    /**
     * Marks a published solution « intéressé » for an open need of the actor's administration; marking it again
     * changes nothing.
     *
     * @return whether the mark is new
     */
    @Transactional
    public boolean mark(Actor actor, String reference, String entryReference) {
        Need need = mine(actor, reference);
        if (need.state != NeedState.OPEN) {
            throw AmiException.conflict("Le besoin «\u00a0" + reference + "\u00a0» est clos\u00a0: il ne peut plus marquer de solution.");
        }
        PanoramaEntry entry = published(entryReference);
        if (interests.of(need, entry).isPresent()) {
            return false;
        }
        NeedInterest interest = new NeedInterest();
        interest.need = need;
        interest.entry = entry;
        interest.markedBy = actor.subject();
        interest.markedAt = clock.now();
        interests.persist(interest);
        return true;
    }

    /** The view of a mark, after {@link #mark} or {@link #unmark}. */
    @Transactional
    public InterestView interest(Actor actor, String reference, String entryReference) {
        Need need = mine(actor, reference);
        PanoramaEntry entry = entries.byReference(entryReference).orElseThrow(() -> unknownSolution(entryReference));
        return new InterestView(need.reference, entry.reference, entry.solutionName, interests.of(need, entry).isPresent());
    }

    /** Removes the mark, if any (removing it twice changes nothing); allowed on a closed need. */
    @Transactional
    public void unmark(Actor actor, String reference, String entryReference) {
        Need need = mine(actor, reference);
        entries.byReference(entryReference).flatMap(e -> interests.of(need, e)).ifPresent(interests::delete);
    }

    private PanoramaEntry published(String entryReference) {
        String wanted = entryReference == null ? "" : entryReference.strip();
        boolean isPublished = candidates().stream().anyMatch(c -> c.solution().reference().equals(wanted));
        return entries.byReference(wanted).filter(e -> isPublished).orElseThrow(() -> unknownSolution(wanted));
    }

    private static AmiException unknownSolution(String reference) {
        return AmiException.notFound("La solution «\u00a0" + reference + "\u00a0» ne figure dans aucun panorama publié.");
    }

    /** The needs marked on the solutions of the actor's organisation; none if it acts for no organisation. */
    @Transactional
    public List<InterestedNeedView> interestedNeeds(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return interests.onSolutionsOf(actor.organisationId()).stream().map(i -> {
            Need n = i.need;
            return new InterestedNeedView(n.reference, n.title, n.mission, n.context, new Ref(n.familyCode, n.familyLabel),
                    n.usersCount, n.documentsPerYear, MatchingWording.volume(n.usersCount, n.documentsPerYear),
                    MatchingRules.constraints(n), new Ref(n.horizon.name(), n.horizon.label), n.budgetMinEuros, n.budgetMaxEuros,
                    MatchingWording.budget(n.budgetMinEuros, n.budgetMaxEuros), new Ref(n.state.name(), n.state.label),
                    new Contact(n.organisation.legalName, n.organisation.contactEmail, n.organisation.contactPhone),
                    i.entry.reference, i.entry.solutionName, i.entry.campaign.code, i.markedAt);
        }).toList();
    }

    /**
     * Per published solution and per family, the open needs it serves (hard constraints passed, same family) and the
     * interests marked on it; and the open needs no laureate serves.
     */
    @Transactional
    public CoverageView coverage() {
        List<Need> open = needs.open();
        List<Candidate> candidates = candidates();
        Map<String, List<NeedLine>> interested = new LinkedHashMap<>();
        for (NeedInterest i : interests.ofOpenNeeds()) {
            interested.computeIfAbsent(i.entry.reference, k -> new ArrayList<>()).add(line(i.need));
        }
        Map<String, Set<String>> servedBy = new LinkedHashMap<>();
        List<SolutionCoverage> solutions = new ArrayList<>();
        for (Candidate c : candidates) {
            Solution s = c.solution();
            List<NeedLine> serves = new ArrayList<>();
            for (Need n : open) {
                if (MatchingRules.serves(n, s)) {
                    serves.add(line(n));
                    servedBy.computeIfAbsent(n.reference, k -> new java.util.LinkedHashSet<>()).add(s.name());
                }
            }
            solutions.add(new SolutionCoverage(c.campaignCode(), s.reference(), s.name(), s.organisation().name(), s.family(),
                    serves, interested.getOrDefault(s.reference(), List.of())));
        }
        Map<String, Ref> familyRefs = new LinkedHashMap<>();
        open.forEach(n -> familyRefs.putIfAbsent(n.familyCode, new Ref(n.familyCode, n.familyLabel)));
        candidates.stream().map(c -> c.solution().family()).filter(java.util.Objects::nonNull)
                .forEach(f -> familyRefs.putIfAbsent(f.code(), f));
        List<FamilyCoverage> families = new ArrayList<>();
        for (Ref family : familyRefs.values()) {
            List<Need> ofFamily = open.stream().filter(n -> n.familyCode.equals(family.code())).toList();
            List<NeedLine> unserved = ofFamily.stream().filter(n -> !servedBy.containsKey(n.reference)).map(MatchingService::line).toList();
            List<String> serving = solutions.stream().filter(s -> !s.serves().isEmpty() && s.family() != null
                    && s.family().code().equals(family.code())).map(SolutionCoverage::name).distinct().toList();
            families.add(new FamilyCoverage(family, ofFamily.size(), ofFamily.size() - unserved.size(), serving, unserved));
        }
        families.sort(Comparator.comparing((FamilyCoverage f) -> f.family().label(), String.CASE_INSENSITIVE_ORDER));
        List<NeedLine> unserved = open.stream().filter(n -> !servedBy.containsKey(n.reference)).map(MatchingService::line).toList();
        return new CoverageView(open.size(), solutions, families, unserved);
    }

    private static NeedLine line(Need n) {
        return new NeedLine(n.reference, n.title, n.organisation.legalName, new Ref(n.familyCode, n.familyLabel));
    }
}
