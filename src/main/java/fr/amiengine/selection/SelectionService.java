package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.campaign.FunctionalFamily;
import fr.amiengine.campaign.RankingBasis;
import fr.amiengine.campaign.Track;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.ConsolidationService.CriterionResult;
import fr.amiengine.evaluation.consolidation.ConsolidationService.FileResult;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.BackgroundCalculation;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The ranking of a campaign's reviewed files and the selection proposal under its constraints (see
 * docs/selection.md). The proposal writes each file's proposed decision with a generated motivation; decisions an
 * administrator set by hand are kept.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class SelectionService {

    private static final Logger LOG = Logger.getLogger(SelectionService.class);

    /** Who makes the proposal when the deliberation opens. */
    public static final String AUTOMATIC = "proposition automatique";

    static final Set<CandidatureState> RANKED_STATES = EnumSet.of(CandidatureState.REVIEWED, CandidatureState.RETAINED,
            CandidatureState.NOT_RETAINED, CandidatureState.WAITLISTED);

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    ConsolidationService consolidation;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionLedger ledger;

    @Inject
    ServerClock clock;

    @Inject
    WorkflowService workflow;

    @Inject
    AmiConfig config;

    /** A ranked file with what the proposal and the views need. */
    record Placed(Candidature file, Ranking.Ranked ranked, FileResult result) {
    }

    public RankingView ranking(String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (EnumSet.of(CampaignState.DRAFT, CampaignState.OPEN, CampaignState.CLOSED).contains(campaign.state)) {
            throw AmiException.conflict("Le classement se fait une fois les dossiers évalués\u00a0; la campagne " + code + " est "
                    + campaign.state.label + ".");
        }
        List<Placed> placed = rank(campaign);
        // the place each file would have on either basis, so that the committee sees where normalisation moves a file
        Map<String, Integer> byRaw = positions(rank(campaign, RankingBasis.RAW));
        Map<String, Integer> byNormalised = positions(rank(campaign, RankingBasis.NORMALISED));
        List<RankingView.TrackRanking> tracks = new ArrayList<>();
        for (Track track : campaign.tracks) {
            tracks.add(new RankingView.TrackRanking(track.code, track.label, track.seats, track.budgetEuros, placed.stream()
                    .filter(p -> p.file().track.code.equals(track.code))
                    .map(p -> new RankingView.Line(p.ranked().position(), p.file().reference, p.file().organisation.legalName,
                            p.file().solutionName, p.file().family == null ? "" : p.file().family.label,
                            p.ranked().entry().score(), p.result().rawScore(), p.result().normalisedScore(),
                            p.ranked().position() != null, p.file().requestedAmountEuros, p.ranked().explanation(),
                            byRaw.get(p.file().reference), byNormalised.get(p.file().reference)))
                    .toList()));
        }
        return new RankingView(code, campaign.rankingBasis.name(), campaign.rankingBasis.label, Ranking.TIE_RULES, tracks);
    }

    private static Map<String, Integer> positions(List<Placed> placed) {
        Map<String, Integer> positions = new HashMap<>();
        placed.stream().filter(p -> p.ranked().position() != null)
                .forEach(p -> positions.put(p.file().reference, p.ranked().position()));
        return positions;
    }

    /** The campaign's consolidated files, ranked per track by its published basis and tie rules. */
    List<Placed> rank(Campaign campaign) {
        return rank(campaign, campaign.rankingBasis);
    }

    /** The same ranking on a given basis: the published one ranks, the other shows what it would change. */
    private List<Placed> rank(Campaign campaign, RankingBasis basis) {
        Map<String, FileResult> results = consolidation.results(campaign.code).stream()
                .collect(Collectors.toMap(FileResult::reference, Function.identity()));
        List<Candidature> files = candidatures.list("campaign.code = ?1 and state in ?2 order by reference", campaign.code,
                RANKED_STATES).stream().filter(c -> results.containsKey(c.reference)).toList();
        Map<String, Candidature> byReference = files.stream().collect(Collectors.toMap(c -> c.reference, Function.identity()));
        List<Ranking.Entry> entries = new ArrayList<>();
        // tracks in the campaign's order, so that the ranking reads track by track
        for (Track track : campaign.tracks) {
            for (Candidature file : files) {
                if (file.track.code.equals(track.code)) {
                    FileResult r = results.get(file.reference);
                    entries.add(new Ranking.Entry(file.reference, track.code, track.label,
                            file.family == null ? "" : file.family.code,
                            basis == RankingBasis.NORMALISED ? r.normalisedScore() : r.rawScore(),
                            ineligibility(r), mean(r, CriterionKey.IMPACT), mean(r, CriterionKey.MATURITY), file.submittedAt));
                }
            }
        }
        return Ranking.rank(entries, basis == RankingBasis.NORMALISED ? "note normalisée" : "note brute")
                .stream().map(r -> new Placed(byReference.get(r.entry().reference()), r, results.get(r.entry().reference())))
                .toList();
    }

    private static String ineligibility(FileResult result) {
        List<String> below = result.criteria().stream().filter(c -> !c.met())
                .map(c -> "la moyenne sur «\u00a0" + c.label() + "\u00a0» (" + Ranking.points(c.mean()) + ") est sous le seuil de "
                        + Ranking.points(c.threshold()))
                .toList();
        return below.isEmpty() ? null : String.join("\u00a0; ", below) + ".";
    }

    private static BigDecimal mean(FileResult result, CriterionKey key) {
        return result.criteria().stream().filter(c -> c.key().equals(key.name())).map(CriterionResult::mean).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /**
     * {@code POST /api/campaigns/{code}/selection}: computes the proposal again during the deliberation, before the
     * decisions are submitted for approval. Above {@code ami.solver.selection-background-above} ranked files, the
     * calculation is started on the job executor instead ({@code Process_SelectionCalculation}) and the view says
     * since when it runs; its outcome shows on the page when done, a refusal of the solver as the campaign's
     * {@code selectionNote}, an unexpected failure as {@code calculationFailure}, until asked again. One calculation
     * at a time: the campaign's lock makes a second request wait for the first, which it then finds running (409).
     */
    @Transactional
    public SelectionView propose(Actor actor, String code, int waitlistPerTrack) {
        Campaign campaign = campaigns.lockByCode(code);
        refuseOutsideDeliberation(campaign, code);
        if (waitlistPerTrack < 0) {
            throw AmiException.invalid("waitlist", "La liste d’attente ne peut pas être négative.");
        }
        if (!startedInBackground(code, actor.username(), actor.subject(), waitlistPerTrack)) {
            proposeFor(campaign, actor.username(), actor, waitlistPerTrack);
        }
        return view(code);
    }

    /**
     * Above {@code ami.solver.selection-background-above} ranked files, starts the calculation on the job executor,
     * unless one runs already (409); the caller holds the campaign's lock.
     *
     * @param subject the Keycloak subject of who asked, recorded as an editor of the decisions; null for the
     *                automatic proposal
     * @return whether it was started there; false when the request calculates it itself
     */
    private boolean startedInBackground(String code, String askedBy, String subject, int waitlistPerTrack) {
        workflow.refuseWhileCalculating(BackgroundCalculation.SELECTION, code, askedBy);
        if (candidatures.count("campaign.code = ?1 and state in ?2", code, RANKED_STATES)
                <= config.solver().selectionBackgroundAbove()) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ASKED_BY_SUBJECT, subject);
        variables.put(ProcessVariables.WAITLIST_PER_TRACK, waitlistPerTrack);
        workflow.startCalculation(BackgroundCalculation.SELECTION, code, askedBy, variables);
        LOG.infof("Sélection de %s\u00a0: calcul lancé en arrière-plan par %s", code, askedBy);
        return true;
    }

    /**
     * {@code Task_CalculateSelection}, the job executor's part of a calculation: reads the ranking, in the job's short
     * transaction. When the proposal cannot be made (the stage moved on meanwhile), the reason waits on the
     * administrators' page and nothing else changes.
     *
     * @return what to solve, off the job (see {@link SelectionCalculation}); empty when refused
     */
    @Transactional
    public Optional<Problem> problemToCalculate(String code) {
        // not locked: a request meanwhile takes the lock, finds this calculation running, 409
        Campaign campaign = campaigns.getByCode(code);
        try {
            refuseOutsideDeliberation(campaign, code);
            return Optional.of(problem(campaign));
        } catch (AmiException e) {
            noteRefusal(campaign, e);
            return Optional.empty();
        }
    }

    /**
     * The end of a calculation off the job, in one transaction: the campaign is locked, the stage checked again, and the
     * ranking read again, since they may have changed during the solve; the decisions are written when the solver's
     * input is still the ranking's, otherwise the reason waits on the page, as a refusal of the solver does.
     *
     * @param solution null when the solver refused ({@code refusal} says why)
     */
    void writeCalculated(String code, Problem solved, Solution solution, String refusal, String askedBy, String askedBySubject,
                         int waitlistPerTrack) {
        Campaign campaign = campaigns.getByCode(code); // locked by the caller, before it delivered the result
        try {
            if (solution == null) {
                throw AmiException.conflict(refusal);
            }
            refuseOutsideDeliberation(campaign, code);
            Problem now = problem(campaign);
            if (!now.sameInput(solved)) {
                throw AmiException.conflict("Le classement ou les contraintes de la campagne ont changé pendant le calcul\u00a0: "
                        + "aucune décision n’a changé, demandez une nouvelle proposition.");
            }
            write(campaign, now, solution, askedBy, askedBySubject == null ? null
                    : new Actor(askedBySubject, askedBy, Set.of(Roles.ADMIN), null), waitlistPerTrack);
        } catch (AmiException e) {
            noteRefusal(campaign, e);
        }
    }

    /** A calculation off the request that cannot propose: its French reason waits on the page, nothing else changes. */
    private static void noteRefusal(Campaign campaign, AmiException e) {
        campaign.selectionNote = e.getMessage();
        LOG.warnf("Proposition de sélection de %s impossible\u00a0: %s", campaign.code, e.getMessage());
    }

    /** What the page says of a calculation that failed off the job (its cause is in the server's log). */
    static final String CALCULATION_FAILED = "une erreur inattendue, consignée dans le journal du serveur, a interrompu son "
            + "calcul\u00a0; aucune décision n’a changé. Vous pouvez la demander à nouveau.";

    /** A calculation that failed off the job: its note on the page; the caller holds the campaign's lock. */
    void noteCalculationFailure(String code) {
        campaigns.getByCode(code).selectionNote = CALCULATION_FAILED;
        LOG.warnf("Proposition de sélection de %s\u00a0: calcul en échec", code);
    }

    private static void refuseOutsideDeliberation(Campaign campaign, String code) {
        if (campaign.state != CampaignState.DELIBERATION) {
            throw AmiException.conflict("La proposition de sélection se calcule pendant la délibération\u00a0; la campagne " + code
                    + " est " + campaign.state.label + ".");
        }
        if (campaign.decisionsSubmittedAt != null) {
            throw AmiException.conflict("Les décisions de la campagne " + code + " sont soumises à l’approbation\u00a0: elles ne "
                    + "changent plus, sauf si l’approbation les renvoie en délibération.");
        }
    }

    /**
     * {@code Task_StartDeliberation}: the first proposal, with no waiting list; above
     * {@code ami.solver.selection-background-above} ranked files, on the job executor as for {@link #propose}.
     */
    @Transactional
    public void proposeAtStart(String code) {
        Campaign campaign = campaigns.lockByCode(code);
        try {
            int waitlist = config.solver().initialWaitlist();
            if (!startedInBackground(code, AUTOMATIC, null, waitlist)) {
                proposeFor(campaign, AUTOMATIC, null, waitlist);
            }
        } catch (AmiException e) {
            campaign.selectionChanges = "Aucune proposition possible\u00a0: " + e.getMessage();
            LOG.warnf("Proposition de sélection de %s impossible\u00a0: %s", code, e.getMessage());
        }
    }

    /**
     * @param editor the administrator who asked for the proposal, or null for the automatic one: a person who
     *               rewrites a decision this way has changed it (four eyes, {@link Decision#editors})
     */
    private void proposeFor(Campaign campaign, String by, Actor editor, int waitlistPerTrack) {
        if (waitlistPerTrack < 0) {
            throw AmiException.invalid("waitlist", "La liste d’attente ne peut pas être négative.");
        }
        Problem problem = problem(campaign);
        write(campaign, problem, solve(problem), by, editor, waitlistPerTrack);
    }

    /**
     * What the solver is given, read from the campaign's ranking; before a result found off the job is written, the
     * ranking is read again and must give the same input.
     */
    record Problem(List<Placed> placed, List<Placed> eligible, List<SelectionSolver.Candidate> candidates,
                   List<SelectionSolver.TrackLimit> tracks, List<SelectionSolver.FamilyBound> families) {

        boolean sameInput(Problem other) {
            return candidates.equals(other.candidates) && tracks.equals(other.tracks) && families.equals(other.families);
        }

        int size() {
            return candidates.size();
        }

        /** The solver's input alone, without the ranked files it was read from. */
        Problem input() {
            return new Problem(List.of(), List.of(), candidates, tracks, families);
        }
    }

    /** The three optima: with the seats alone, with the budgets too, with every constraint (the proposal). */
    record Solution(Set<String> pure, Set<String> budgeted, Set<String> selected) {
    }

    Problem problem(Campaign campaign) {
        List<Placed> placed = rank(campaign);
        List<Placed> eligible = placed.stream().filter(p -> p.ranked().position() != null)
                .sorted((a, b) -> Ranking.ORDER.compare(a.ranked().entry(), b.ranked().entry())).toList();
        List<SelectionSolver.Candidate> candidates = eligible.stream().map(p -> new SelectionSolver.Candidate(
                p.file().reference, p.file().track.code, p.file().family == null ? "" : p.file().family.code,
                p.ranked().entry().score().movePointRight(2).longValue(), p.file().requestedAmountEuros)).toList();
        List<SelectionSolver.TrackLimit> tracks = campaign.tracks.stream()
                .map(t -> new SelectionSolver.TrackLimit(t.code, t.label, t.seats, t.budgetEuros)).toList();
        List<SelectionSolver.FamilyBound> families = campaign.families.stream()
                .map(f -> new SelectionSolver.FamilyBound(f.code, f.label, f.minRetained, f.maxRetained)).toList();
        return new Problem(placed, eligible, candidates, tracks, families);
    }

    /**
     * The three solves, each within {@link SelectionSolver#TIME_LIMIT_SECONDS}; uses no transaction nor connection, so
     * that a calculation off the job holds neither while it solves. Constraints that cannot all hold: a French 409.
     */
    static Solution solve(Problem p) {
        try {
            return new Solution(
                    SelectionSolver.solve(p.candidates(), p.tracks(), p.families(), SelectionSolver.Scope.SEATS),
                    SelectionSolver.solve(p.candidates(), p.tracks(), p.families(), SelectionSolver.Scope.SEATS_AND_BUDGETS),
                    SelectionSolver.solve(p.candidates(), p.tracks(), p.families(), SelectionSolver.Scope.ALL));
        } catch (SelectionSolver.InfeasibleException e) {
            throw AmiException.conflict(e.getMessage());
        }
    }

    private void write(Campaign campaign, Problem problem, Solution solution, String by, Actor editor, int waitlistPerTrack) {
        List<Placed> placed = problem.placed();
        Set<String> pure = solution.pure();
        Set<String> budgeted = solution.budgeted();
        Set<String> selected = solution.selected();
        Map<String, Placed> byReference = new LinkedHashMap<>();
        placed.forEach(p -> byReference.put(p.file().reference, p));
        List<String> changes = new ArrayList<>();
        changes.addAll(changes(SelectionStanding.BUDGET_CHANGES, pure, budgeted, byReference));
        changes.addAll(changes(SelectionStanding.FAMILY_CHANGES, budgeted, selected, byReference));
        Set<String> waitlisted = waitlist(problem.eligible(), selected, waitlistPerTrack);

        Instant now = clock.now();
        Map<String, Decision> existing = decisions.ofCampaign(campaign.code).stream()
                .collect(Collectors.toMap(d -> d.candidature.reference, Function.identity()));
        List<DecisionLedger.Line> lines = new ArrayList<>();
        for (Placed p : placed) {
            String reference = p.file().reference;
            DecisionOutcome proposed = selected.contains(reference) ? DecisionOutcome.RETAINED
                    : waitlisted.contains(reference) ? DecisionOutcome.WAITLISTED : DecisionOutcome.NOT_RETAINED;
            Decision decision = existing.get(reference);
            boolean created = decision == null;
            if (created) {
                decision = new Decision();
                decision.campaign = campaign;
                decision.candidature = p.file();
            }
            decision.trackCode = p.file().track.code;
            decision.score = p.ranked().entry().score();
            decision.eligible = p.ranked().position() != null;
            decision.rankPosition = p.ranked().position();
            decision.rankExplanation = p.ranked().explanation();
            decision.requestedAmount = p.file().requestedAmountEuros;
            decision.proposedOutcome = proposed;
            if (!decision.manual) {
                String motivation = motivation(p, proposed, campaign, selected.contains(reference) != pure.contains(reference));
                if (editor != null && (created || decision.outcome != proposed || !motivation.equals(decision.motivation))) {
                    decision.editors.put(editor.subject(), editor.username());
                }
                decision.outcome = proposed;
                decision.motivation = motivation;
                decision.updatedBy = by;
                decision.updatedAt = now;
            }
            decision.departs = decision.outcome != proposed;
            if (created) {
                decisions.persist(decision);
            }
            lines.add(new DecisionLedger.Line(reference, DecisionLedgerEntry.Event.PROPOSED, proposed, decision.motivation));
        }
        ledger.recordAll(campaign, lines, by, now);
        campaign.selectionChanges = changes.isEmpty() ? null : String.join("\n", changes);
        campaign.selectionComputedAt = now;
        campaign.selectionComputedBy = by;
        campaign.selectionNote = null;
        LOG.infof("Proposition de sélection de %s par %s\u00a0: %d retenus sur %d dossiers classés", campaign.code, by,
                selected.size(), placed.size());
    }

    /** The next eligible files in rank order, per track, up to {@code perTrack}. */
    private static Set<String> waitlist(List<Placed> eligible, Set<String> selected, int perTrack) {
        Set<String> waitlisted = new LinkedHashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Placed p : eligible) {
            String track = p.file().track.code;
            if (!selected.contains(p.file().reference) && counts.getOrDefault(track, 0) < perTrack) {
                waitlisted.add(p.file().reference);
                counts.merge(track, 1, Integer::sum);
            }
        }
        return waitlisted;
    }

    /** What one more kind of constraint changed: the files it took out and those it brought in. */
    private static List<String> changes(String constraint, Set<String> before, Set<String> after, Map<String, Placed> placed) {
        List<String> out = before.stream().filter(r -> !after.contains(r)).toList();
        List<String> in = after.stream().filter(r -> !before.contains(r)).toList();
        if (out.isEmpty() && in.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (!out.isEmpty()) {
            lines.add(constraint + "\u00a0: n’est plus proposé" + (out.size() > 1 ? "s " : " ")
                    + out.stream().map(r -> describe(placed.get(r))).collect(Collectors.joining(", ")) + ".");
        }
        if (!in.isEmpty()) {
            lines.add(constraint + "\u00a0: proposé" + (in.size() > 1 ? "s" : "") + " à la place "
                    + in.stream().map(r -> describe(placed.get(r))).collect(Collectors.joining(", ")) + ".");
        }
        return lines;
    }

    private static String describe(Placed p) {
        String family = p.file().family == null ? "" : ", famille «\u00a0" + p.file().family.label + "\u00a0»";
        String amount = p.file().requestedAmountEuros == null ? "" : ", " + FrenchFormat.euros(p.file().requestedAmountEuros)
                + " demandés";
        return p.file().reference + " (" + Ranking.ordinalOf(p.ranked().position()) + " du volet «\u00a0" + p.file().track.label
                + "\u00a0»" + family + amount + ")";
    }

    /** The motivation the proposal writes; an administrator may rewrite it, and must when departing from it. */
    static String motivation(Placed p, DecisionOutcome outcome, Campaign campaign, boolean movedByConstraints) {
        Track track = p.file().track;
        String limits = track.seats + (track.seats > 1 ? " places" : " place")
                + (track.budgetEuros == null ? "" : " et son budget de " + FrenchFormat.euros(track.budgetEuros));
        String constraints = movedByConstraints ? " compte tenu des contraintes de la sélection (budget du volet, minimums "
                + "et maximums des familles fonctionnelles)" : "";
        if (p.ranked().position() == null) {
            return "Le dossier n’est pas retenu\u00a0: " + p.ranked().explanation().replaceFirst("^Non classé\u00a0: ", "");
        }
        return switch (outcome) {
            case RETAINED -> "Le dossier est retenu" + constraints + ". " + p.ranked().explanation();
            case WAITLISTED -> "Le dossier est placé en liste d’attente\u00a0: il sera retenu si une place du volet se libère. "
                    + p.ranked().explanation();
            case RENOUNCED -> throw new IllegalArgumentException("une proposition ne renonce pas");
            case NOT_RETAINED -> "Le dossier n’est pas retenu\u00a0: le volet «\u00a0" + track.label + "\u00a0» offre " + limits
                    + ", attribués aux dossiers proposés au vu du classement" + constraints + ". " + p.ranked().explanation();
        };
    }

    /** The deliberation as the administrators see it. */
    public SelectionView view(String code) {
        Campaign campaign = campaigns.getByCode(code);
        List<Decision> all = decisions.ofCampaign(code);
        List<SelectionView.Line> lines = all.stream().map(d -> new SelectionView.Line(d.candidature.reference,
                d.candidature.organisation.legalName, d.candidature.organisation.siren, d.candidature.solutionName,
                d.candidature.track.code, d.candidature.track.label,
                d.candidature.family == null ? "" : d.candidature.family.label, d.rankPosition, d.score, d.eligible,
                d.requestedAmount, d.proposedOutcome, d.outcome, d.motivation, d.departs, d.manual, d.rankExplanation,
                d.updatedBy, d.finalised)).toList();
        List<SelectionView.TrackTotal> tracks = campaign.tracks.stream().map(t -> new SelectionView.TrackTotal(t.code, t.label,
                t.seats, t.budgetEuros, count(all, d -> d.trackCode.equals(t.code) && d.outcome == DecisionOutcome.RETAINED),
                all.stream().filter(d -> d.trackCode.equals(t.code) && d.outcome == DecisionOutcome.RETAINED)
                        .mapToLong(d -> Objects.requireNonNullElse(d.requestedAmount, 0L)).sum(),
                count(all, d -> d.trackCode.equals(t.code) && d.outcome == DecisionOutcome.WAITLISTED))).toList();
        List<SelectionView.FamilyTotal> families = campaign.families.stream().map(f -> new SelectionView.FamilyTotal(f.code,
                f.label, f.minRetained, f.maxRetained, count(all, d -> d.candidature.family != null
                        && d.candidature.family.code.equals(f.code) && d.outcome == DecisionOutcome.RETAINED))).toList();
        Optional<BackgroundCalculation.Run> calculation = workflow.calculation(BackgroundCalculation.SELECTION, code);
        return new SelectionView(code, campaign.state.name(), campaign.selectionComputedAt, campaign.selectionComputedBy,
                campaign.selectionChanges == null ? List.of() : List.of(campaign.selectionChanges.split("\n")), tracks, families,
                lines, campaign.decisionsSubmittedByName, campaign.decisionsSubmittedAt, campaign.decisionsApprovedBy,
                campaign.decisionsApprovedAt, campaign.approvalRefusal, problems(campaign, all),
                calculation.filter(run -> !run.failed()).map(BackgroundCalculation.Run::startedAt).orElse(null),
                calculation.filter(BackgroundCalculation.Run::failed).map(BackgroundCalculation.Run::failure).orElse(null),
                campaign.selectionNote);
    }

    private static long count(List<Decision> all, java.util.function.Predicate<Decision> test) {
        return all.stream().filter(test).count();
    }

    /** What stops the decisions from being submitted: places or budgets exceeded, motivations missing. */
    static List<String> problems(Campaign campaign, List<Decision> all) {
        List<String> problems = new ArrayList<>();
        for (Track t : campaign.tracks) {
            List<Decision> retained = all.stream().filter(d -> d.trackCode.equals(t.code) && d.outcome == DecisionOutcome.RETAINED)
                    .toList();
            if (retained.size() > t.seats) {
                problems.add("Le volet «\u00a0" + t.label + "\u00a0» retient " + retained.size() + " dossiers pour " + t.seats + " places.");
            }
            long asked = retained.stream().mapToLong(d -> Objects.requireNonNullElse(d.requestedAmount, 0L)).sum();
            if (t.budgetEuros != null && asked > t.budgetEuros) {
                problems.add("Le volet «\u00a0" + t.label + "\u00a0» retient " + FrenchFormat.euros(asked) + " de demandes pour un budget de "
                        + FrenchFormat.euros(t.budgetEuros) + ".");
            }
        }
        for (FunctionalFamily f : campaign.families) {
            long retained = all.stream().filter(d -> d.candidature.family != null && d.candidature.family.code.equals(f.code)
                    && d.outcome == DecisionOutcome.RETAINED).count();
            if (f.minRetained != null && retained < f.minRetained) {
                problems.add("La famille «\u00a0" + f.label + "\u00a0» compte " + retained + (retained < 2 ? " lauréat" : " lauréats") + " pour un minimum de " + f.minRetained + ".");
            }
            if (f.maxRetained != null && retained > f.maxRetained) {
                problems.add("La famille «\u00a0" + f.label + "\u00a0» compte " + retained + " lauréats pour un maximum de " + f.maxRetained + ".");
            }
        }
        all.stream().filter(d -> d.motivation == null || d.motivation.isBlank())
                .forEach(d -> problems.add("La décision sur " + d.candidature.reference + " n’est pas motivée."));
        return problems;
    }
}
