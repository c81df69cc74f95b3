package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.Track;
import fr.amiengine.selection.SelectionStanding.Reason;
import fr.amiengine.submission.Candidature;
import org.junit.jupiter.api.Test;

/** Which constraint kept or left a file, read from the proposal's records (a track of two seats). */
class SelectionStandingTest {

    private static final String REF = "AMI-2026-0005";

    private static Decision decision(Integer rank, DecisionOutcome proposed, DecisionOutcome outcome, String changes) {
        Campaign campaign = new Campaign();
        campaign.selectionChanges = changes;
        Track track = new Track();
        track.seats = 2;
        Candidature file = new Candidature();
        file.reference = REF;
        file.track = track;
        Decision d = new Decision();
        d.campaign = campaign;
        d.candidature = file;
        d.rankPosition = rank;
        d.eligible = rank != null;
        d.proposedOutcome = proposed;
        d.outcome = outcome;
        return d;
    }

    private static Reason reason(Decision d) {
        return SelectionStanding.reason(d, d.campaign);
    }

    @Test
    void aFileWithinTheSeatsIsRetainedForItsRankAndOneBeyondThemIsLeftForIt() {
        assertThat(reason(decision(2, DecisionOutcome.RETAINED, DecisionOutcome.RETAINED, null))).isEqualTo(Reason.SEATS);
        assertThat(reason(decision(3, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, null))).isEqualTo(Reason.SEATS);
        assertThat(reason(decision(3, DecisionOutcome.WAITLISTED, DecisionOutcome.WAITLISTED, null))).isEqualTo(Reason.SEATS);
    }

    @Test
    void theBudgetTakesAFileOutOrBringsOneIn() {
        String out = "Budgets des volets\u00a0: n’est plus proposé " + REF + " (2e du volet «\u00a0F\u00a0», 200\u202f000\u00a0€ demandés).";
        String in = "Budgets des volets\u00a0: proposés à la place AMI-2026-0001 (3e …), " + REF + " (4e du volet «\u00a0F\u00a0»).";
        assertThat(reason(decision(2, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, out))).isEqualTo(Reason.BUDGET);
        assertThat(reason(decision(4, DecisionOutcome.RETAINED, DecisionOutcome.RETAINED, in))).isEqualTo(Reason.BUDGET);
    }

    @Test
    void theFamilyBoundsTakeAFileOutOrBringOneIn() {
        String out = "Bornes des familles\u00a0: n’est plus proposé " + REF + " (1er du volet «\u00a0G\u00a0»).";
        String in = "Bornes des familles\u00a0: proposé à la place " + REF + " (5e du volet «\u00a0G\u00a0»).";
        assertThat(reason(decision(1, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, out))).isEqualTo(Reason.FAMILY_BOUNDS);
        assertThat(reason(decision(5, DecisionOutcome.RETAINED, DecisionOutcome.RETAINED, in))).isEqualTo(Reason.FAMILY_BOUNDS);
    }

    @Test
    void aReferenceThatOnlyStartsLikeTheFilesDoesNotCount() {
        String other = "Budgets des volets\u00a0: n’est plus proposé " + REF + "1 (2e du volet «\u00a0F\u00a0»).";
        assertThat(reason(decision(2, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, other))).isEqualTo(Reason.UNRECORDED);
    }

    @Test
    void theThresholdAndTheCommitteesDepartureComeBeforeTheConstraints() {
        assertThat(reason(decision(null, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, null))).isEqualTo(Reason.THRESHOLD);
        assertThat(reason(decision(1, DecisionOutcome.RETAINED, DecisionOutcome.WAITLISTED, null))).isEqualTo(Reason.COMMITTEE);
    }

    @Test
    void whenTheRecordsDoNotAccountForTheProposalTheReasonSaysSoInsteadOfGuessing() {
        // within the seats, not proposed, and no line names it: the records do not say why
        assertThat(reason(decision(1, DecisionOutcome.NOT_RETAINED, DecisionOutcome.NOT_RETAINED, null))).isEqualTo(Reason.UNRECORDED);
        // beyond the seats, proposed, and no line brought it in
        assertThat(reason(decision(3, DecisionOutcome.RETAINED, DecisionOutcome.RETAINED, null))).isEqualTo(Reason.UNRECORDED);
    }
}
