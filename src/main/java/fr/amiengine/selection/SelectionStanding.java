package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.campaign.FunctionalFamily;
import fr.amiengine.campaign.Track;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.ConsolidationService.CriterionResult;
import fr.amiengine.evaluation.consolidation.ConsolidationService.FileResult;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.submission.Candidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where one file stands after the final decisions, as its candidate may be told (CRPA R311-3-1-2): its place in its
 * track's ranking, the scores of the files just ahead and just behind it (never their reference or name), the tie rule
 * that separated it from a neighbour of equal score, and why the selection kept it or left it.
 *
 * <p>The reason is read from what the proposal recorded: the ranking position against the track's seats (with seats
 * alone the proposal is exactly the top of each track, docs/selection.md § 3), and the lines of
 * {@link Campaign#selectionChanges}, which name each file that the budgets or the family bounds took out or brought
 * in. When those records do not account for the proposal (older data), the reason says so instead of guessing.
 */
@ApplicationScoped
public class SelectionStanding {

    /** The line prefixes of {@link Campaign#selectionChanges}, one per kind of constraint. */
    static final String BUDGET_CHANGES = "Budgets des volets";
    static final String FAMILY_CHANGES = "Bornes des familles";

    /** What decided the file's fate. */
    public enum Reason {
        /** Under a criterion's threshold: not ranked, cannot be retained. */
        THRESHOLD,
        /** Its rank against the track's seats. */
        SEATS,
        /** The track's budget took it out of the proposal, or brought it in. */
        BUDGET,
        /** A family's minimum or maximum took it out of the proposal, or brought it in. */
        FAMILY_BOUNDS,
        /** The committee departed from the proposal, with its motivation. */
        COMMITTEE,
        /** The proposal's records do not say which constraint moved it. */
        UNRECORDED
    }

    /** A file just ahead of or behind this one: its place and score only. */
    public record Neighbour(int position, BigDecimal score, String tieRule, String tieValues) {
    }

    /**
     * @param position   1-based among the track's eligible files, null when not ranked
     * @param above      the file ranked just ahead, or null
     * @param below      the file ranked just behind, or null
     * @param reasonText the reason in French, with this file's figures
     */
    public record Standing(String trackLabel, int seats, Long budgetEuros, String basisLabel, BigDecimal score,
                           boolean eligible, Integer position, int rankedInTrack, String explanation, Neighbour above,
                           Neighbour below, DecisionOutcome proposedOutcome, DecisionOutcome outcome, boolean departs,
                           String motivation, Reason reason, String reasonText, Integer waitlistPosition) {
    }

    @Inject
    DecisionRepository decisions;

    @Inject
    ConsolidationService consolidation;

    /** The standing of a file whose decision is final; empty when it has none. */
    public Optional<Standing> of(String reference) {
        Optional<Decision> found = decisions.ofFile(reference).filter(d -> d.finalised);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Decision decision = found.get();
        Campaign campaign = decision.campaign;
        Candidature file = decision.candidature;
        Track track = file.track;
        List<Decision> ranked = decisions.ofCampaign(campaign.code).stream()
                .filter(d -> d.trackCode.equals(decision.trackCode) && d.rankPosition != null).toList();
        Map<String, FileResult> results = consolidation.results(campaign.code).stream()
                .collect(Collectors.toMap(FileResult::reference, Function.identity()));
        Neighbour above = null;
        Neighbour below = null;
        if (decision.rankPosition != null) {
            above = neighbour(decision, ranked, decision.rankPosition - 1, results);
            below = neighbour(decision, ranked, decision.rankPosition + 1, results);
        }
        // an unranked file (under a threshold) the committee put on the waiting list has no place in it by rank
        Integer waitlist = decision.outcome != DecisionOutcome.WAITLISTED || decision.rankPosition == null ? null
                : (int) ranked.stream().filter(d -> d.outcome == DecisionOutcome.WAITLISTED
                && d.rankPosition != null && d.rankPosition <= decision.rankPosition).count();
        Reason reason = reason(decision, campaign);
        return Optional.of(new Standing(track.label, track.seats, track.budgetEuros, campaign.rankingBasis.label,
                decision.score, decision.eligible, decision.rankPosition, ranked.size(), decision.rankExplanation, above, below,
                decision.proposedOutcome, decision.outcome, decision.departs, decision.motivation, reason,
                reasonText(reason, decision, campaign, ranked, results.get(file.reference), waitlist), waitlist));
    }

    private static Neighbour neighbour(Decision self, List<Decision> ranked, int position, Map<String, FileResult> results) {
        Decision other = ranked.stream().filter(d -> d.rankPosition == position).findFirst().orElse(null);
        if (other == null) {
            return null;
        }
        if (other.score.compareTo(self.score) != 0) {
            return new Neighbour(position, other.score, null, null);
        }
        FileResult mine = results.get(self.candidature.reference);
        FileResult theirs = results.get(other.candidature.reference);
        // the order of Ranking.ORDER after the score: impact, maturity, submission, reference
        BigDecimal myImpact = mean(mine, CriterionKey.IMPACT);
        BigDecimal theirImpact = mean(theirs, CriterionKey.IMPACT);
        if (myImpact.compareTo(theirImpact) != 0) {
            return new Neighbour(position, other.score, "la moyenne sur l’impact",
                    Ranking.points(myImpact) + " contre " + Ranking.points(theirImpact));
        }
        BigDecimal myMaturity = mean(mine, CriterionKey.MATURITY);
        BigDecimal theirMaturity = mean(theirs, CriterionKey.MATURITY);
        if (myMaturity.compareTo(theirMaturity) != 0) {
            return new Neighbour(position, other.score, "la moyenne sur la maturité",
                    Ranking.points(myMaturity) + " contre " + Ranking.points(theirMaturity));
        }
        Instant mySubmission = self.candidature.submittedAt;
        Instant theirSubmission = other.candidature.submittedAt;
        if (!Objects.equals(mySubmission, theirSubmission)) {
            return new Neighbour(position, other.score, "la date de dépôt",
                    "le " + FrenchFormat.dateTime(mySubmission) + " contre le " + FrenchFormat.dateTime(theirSubmission));
        }
        return new Neighbour(position, other.score, "la référence du dossier", null);
    }

    private static BigDecimal mean(FileResult result, CriterionKey key) {
        return result == null ? BigDecimal.ZERO : result.criteria().stream().filter(c -> c.key().equals(key.name()))
                .map(CriterionResult::mean).findFirst().orElse(BigDecimal.ZERO);
    }

    /** Which constraint the proposal's records say moved this file, checked against the proposal itself. */
    static Reason reason(Decision decision, Campaign campaign) {
        if (!decision.eligible || decision.rankPosition == null) {
            return Reason.THRESHOLD;
        }
        if (decision.outcome != decision.proposedOutcome) {
            return Reason.COMMITTEE;
        }
        String reference = decision.candidature.reference;
        boolean pureIn = decision.rankPosition <= decision.candidature.track.seats;
        boolean budgetOut = named(campaign, BUDGET_CHANGES, false, reference);
        boolean budgetIn = named(campaign, BUDGET_CHANGES, true, reference);
        boolean familyOut = named(campaign, FAMILY_CHANGES, false, reference);
        boolean familyIn = named(campaign, FAMILY_CHANGES, true, reference);
        boolean budgetedIn = pureIn && !budgetOut || budgetIn;
        boolean selectedIn = budgetedIn && !familyOut || familyIn;
        boolean proposed = decision.proposedOutcome == DecisionOutcome.RETAINED;
        if (selectedIn != proposed) {
            return Reason.UNRECORDED;
        }
        if (proposed) {
            return familyIn ? Reason.FAMILY_BOUNDS : budgetIn ? Reason.BUDGET : Reason.SEATS;
        }
        return !pureIn && !budgetIn ? Reason.SEATS : budgetOut || !budgetedIn ? Reason.BUDGET : Reason.FAMILY_BOUNDS;
    }

    /** Whether a line of the given constraint names the file among those it took out ({@code in} false) or brought in. */
    private static boolean named(Campaign campaign, String constraint, boolean in, String reference) {
        if (campaign.selectionChanges == null) {
            return false;
        }
        String verb = in ? constraint + "\u00a0: proposé" : constraint + "\u00a0: n’est plus proposé";
        for (String line : campaign.selectionChanges.split("\n")) {
            boolean matches = in ? line.startsWith(verb) && !line.startsWith(constraint + "\u00a0: n’est plus") : line.startsWith(verb);
            if (matches && (line.contains(" " + reference + " (") || line.contains(", " + reference + " ("))) {
                return true;
            }
        }
        return false;
    }

    private static String reasonText(Reason reason, Decision d, Campaign campaign, List<Decision> ranked, FileResult result,
                                     Integer waitlist) {
        Track track = d.candidature.track;
        String trackName = "du volet «\u00a0" + track.label + "\u00a0»";
        String place = d.rankPosition == null ? "" : "classé " + Ranking.ordinalOf(d.rankPosition) + " sur " + ranked.size() + " ";
        String seats = track.seats + (track.seats > 1 ? " places" : " place");
        String amount = d.requestedAmount == null ? "" : FrenchFormat.euros(d.requestedAmount);
        String budget = track.budgetEuros == null ? "" : FrenchFormat.euros(track.budgetEuros);
        String waiting = waitlist == null ? "" : " Il est placé sur la liste d’attente du volet, en " + Ranking.ordinalOf(waitlist)
                + " position\u00a0: il sera retenu si une place se libère devant lui.";
        return switch (reason) {
            case THRESHOLD -> "Seuil\u00a0: " + (result == null ? "le dossier n’atteint pas le seuil d’un critère"
                    : result.criteria().stream().filter(c -> !c.met())
                    .map(c -> "la moyenne sur «\u00a0" + c.label() + "\u00a0» (" + Ranking.points(c.mean())
                            + ") est sous le seuil de " + Ranking.points(c.threshold()))
                    .collect(Collectors.joining("\u00a0; ")))
                    + ". Un dossier sous le seuil d’un critère n’est pas classé et ne peut pas être retenu, quel que soit son total.";
            case COMMITTEE -> "Décision du comité\u00a0: la proposition calculée était «\u00a0" + d.proposedOutcome.label
                    + "\u00a0»\u00a0; le comité a décidé «\u00a0" + d.outcome.label + "\u00a0», pour le motif écrit dans la décision.";
            case SEATS -> d.outcome == DecisionOutcome.RETAINED
                    ? "Places\u00a0: " + place + trackName + ", le dossier est dans la limite des " + seats + " du volet"
                    + (track.budgetEuros == null ? "." : ", et sa demande de " + amount + " tient dans le budget du volet ("
                    + budget + ") avec celles des dossiers mieux classés.")
                    : "Places\u00a0: " + place + trackName + ", le dossier est au-delà des " + seats + " du volet, attribuées aux "
                    + "dossiers mieux classés." + waiting;
            case BUDGET -> d.outcome == DecisionOutcome.RETAINED
                    ? "Budget\u00a0: " + place + trackName + ", le dossier est proposé à la place d’un dossier mieux classé dont la "
                    + "demande ne tenait pas dans le budget du volet (" + budget + ")\u00a0; la sienne, de " + amount + ", y tient."
                    : "Budget\u00a0: " + place + trackName + ", le dossier était dans la limite des " + seats + " du volet, mais sa "
                    + "demande de " + amount + ", ajoutée à celles des dossiers proposés, dépassait le budget du volet (" + budget
                    + ")." + waiting;
            case FAMILY_BOUNDS -> d.outcome == DecisionOutcome.RETAINED
                    ? "Familles fonctionnelles\u00a0: " + place + trackName + ", le dossier est proposé pour respecter le nombre "
                    + "minimum de lauréats de sa famille" + familyName(d) + "."
                    : "Familles fonctionnelles\u00a0: " + place + trackName + ", le dossier était dans la limite des " + seats
                    + " du volet, mais " + familyBound(d, campaign) + "." + waiting;
            case UNRECORDED -> (d.outcome == DecisionOutcome.RETAINED ? "Retenu\u00a0: " : "Non proposé\u00a0: ") + place
                    + trackName + ". La proposition a tenu compte des places, du budget du volet et des bornes des familles "
                    + "fonctionnelles\u00a0; ses enregistrements ne disent pas laquelle de ces contraintes a joué pour ce dossier."
                    + waiting;
        };
    }

    private static String familyName(Decision d) {
        return d.candidature.family == null ? "" : " «\u00a0" + d.candidature.family.label + "\u00a0»";
    }

    private static String familyBound(Decision d, Campaign campaign) {
        FunctionalFamily family = d.candidature.family;
        if (family != null && family.maxRetained != null) {
            return "sa famille" + familyName(d) + " comptait déjà son maximum de " + family.maxRetained
                    + (family.maxRetained > 1 ? " lauréats" : " lauréat");
        }
        boolean minimum = campaign.families.stream().anyMatch(f -> f.minRetained != null);
        return minimum ? "une place est allée à un dossier d’une famille qui devait compter un nombre minimum de lauréats"
                : "les bornes des familles fonctionnelles ont fait proposer un autre dossier";
    }
}
