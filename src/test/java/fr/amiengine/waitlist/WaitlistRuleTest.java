package fr.amiengine.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.waitlist.WaitlistRule.Bounds;
import fr.amiengine.waitlist.WaitlistRule.Result;
import fr.amiengine.waitlist.WaitlistRule.Seat;
import fr.amiengine.waitlist.WaitlistRule.Waiting;
import fr.amiengine.waitlist.WaitlistRule.Why;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which waitlisted file takes a freed seat: rank order, seat, remaining budget, family bounds. */
class WaitlistRuleTest {

    private static final Waiting EXPENSIVE = new Waiting("W1", 3, "DOC", 400_000L);
    private static final Waiting CHEAP = new Waiting("W2", 4, "DOC", 150_000L);
    private static final Waiting ASSISTANT = new Waiting("W3", 5, "ASSIST", 100_000L);

    @Test
    void passesOverAFileThatAsksMoreThanTheBudgetLeftAndTakesTheNextByRank() {
        Result r = WaitlistRule.propose(2, 500_000L, List.of(new Seat("R2", "DOC", 250_000L)), Map.of("DOC", 1), Map.of(), "DOC",
                List.of(EXPENSIVE, CHEAP));
        assertThat(r.chosen()).isEqualTo(CHEAP);
        assertThat(r.budgetLeft()).isEqualTo(250_000L);
        assertThat(r.seatsFree()).isEqualTo(1);
        assertThat(r.skipped()).extracting(s -> s.file().reference() + ":" + s.why()).containsExactly("W1:" + Why.BUDGET);
    }

    @Test
    void proposesNothingWithoutAFreeSeat() {
        Result r = WaitlistRule.propose(1, null, List.of(new Seat("R1", "DOC", null)), Map.of(), Map.of(), "DOC", List.of(CHEAP));
        assertThat(r.chosen()).isNull();
        assertThat(r.seatsFree()).isZero();
    }

    @Test
    void neverPushesAFamilyAboveItsMaximum() {
        Result r = WaitlistRule.propose(2, null, List.of(new Seat("R2", "DOC", null)), Map.of("DOC", 2),
                Map.of("DOC", new Bounds(null, 2)), "ASSIST", List.of(CHEAP, ASSISTANT));
        assertThat(r.chosen()).isEqualTo(ASSISTANT);
        assertThat(r.skipped()).extracting(s -> s.why()).containsExactly(Why.FAMILY_MAX);
    }

    @Test
    void givesTheSeatToTheWithdrawnFilesFamilyWhenItFellBelowItsMinimum() {
        Result r = WaitlistRule.propose(2, null, List.of(new Seat("R2", "DOC", null)), Map.of("DOC", 1),
                Map.of("ASSIST", new Bounds(1, null)), "ASSIST", List.of(CHEAP, ASSISTANT));
        assertThat(r.requiredFamily()).isEqualTo("ASSIST");
        assertThat(r.chosen()).isEqualTo(ASSISTANT);
        assertThat(r.skipped()).extracting(s -> s.file().reference() + ":" + s.why()).containsExactly("W2:" + Why.FAMILY_MIN);

        Result none = WaitlistRule.propose(2, null, List.of(), Map.of(), Map.of("ASSIST", new Bounds(1, null)), "ASSIST",
                List.of(CHEAP));
        assertThat(none.chosen()).as("aucun dossier de la famille ne tient").isNull();
    }
}
