package fr.amiengine.waitlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which waitlisted file takes the seat a laureate freed (docs/selection.md, « Désistement et liste d’attente »). The
 * files of the withdrawing file's track that the committee put on the waiting list are read in the order of the
 * ranking the selection used (its published tie rules); the first one that fits is proposed:
 * <ul>
 *   <li>a seat of the track is free (the track's seats minus its retained files and the files already proposed by
 *       other promotions waiting for approval);</li>
 *   <li>its requested amount is within what remains of the track's budget (the budget minus the amounts of those same
 *       files: the withdrawn file's amount is freed, the rest was already left);</li>
 *   <li>its family is not at its maximum of laureates;</li>
 *   <li>if the withdrawal made its own family fall below its minimum, only a file of that family may take the seat:
 *       the next file of that family that fits is proposed, or none.</li>
 * </ul>
 * No file is proposed when none fits; each file passed over says why.
 */
public final class WaitlistRule {

    /** A file that holds a seat of the track: retained, or proposed by a promotion waiting for approval. */
    public record Seat(String reference, String family, Long amount) {
    }

    /** A waitlisted file, with its rank in the track. */
    public record Waiting(String reference, int rank, String family, Long amount) {
    }

    public record Bounds(Integer min, Integer max) {
    }

    /** Why a waitlisted file was passed over. */
    public enum Why { BUDGET, FAMILY_MAX, FAMILY_MIN }

    public record Skip(Waiting file, Why why) {
    }

    /**
     * @param chosen         the file proposed, or null
     * @param seatsFree      free seats in the track before the proposal
     * @param budgetLeft     what remains of the track's budget before the proposal, null when the track has none
     * @param requiredFamily the family the seat must go to (its minimum), or null
     */
    public record Result(Waiting chosen, int seatsFree, Long budgetLeft, String requiredFamily, List<Skip> skipped) {
    }

    private WaitlistRule() {
    }

    /**
     * @param seats          the track's seats
     * @param budget         the track's budget, or null
     * @param held           the files holding a seat of the track now (the withdrawn one no longer among them)
     * @param familyCounts   the laureates of each family over the campaign (with the proposals waiting for approval)
     * @param bounds         each family's bounds, by code
     * @param withdrawnFamily the family of the file that withdrew, or null
     * @param waiting        the waitlisted files of the track, in rank order
     */
    public static Result propose(int seats, Long budget, List<Seat> held, Map<String, Integer> familyCounts,
                                 Map<String, Bounds> bounds, String withdrawnFamily, List<Waiting> waiting) {
        int free = seats - held.size();
        Long left = budget == null ? null : budget - held.stream().mapToLong(s -> s.amount() == null ? 0 : s.amount()).sum();
        Bounds own = withdrawnFamily == null ? null : bounds.get(withdrawnFamily);
        String required = own != null && own.min() != null && familyCounts.getOrDefault(withdrawnFamily, 0) < own.min()
                ? withdrawnFamily : null;
        List<Skip> skipped = new ArrayList<>();
        if (free <= 0) {
            return new Result(null, free, left, required, skipped);
        }
        for (Waiting w : waiting) {
            Bounds b = w.family() == null ? null : bounds.get(w.family());
            if (required != null && !required.equals(w.family())) {
                skipped.add(new Skip(w, Why.FAMILY_MIN));
            } else if (left != null && (w.amount() == null ? 0 : w.amount()) > left) {
                skipped.add(new Skip(w, Why.BUDGET));
            } else if (b != null && b.max() != null && familyCounts.getOrDefault(w.family(), 0) >= b.max()) {
                skipped.add(new Skip(w, Why.FAMILY_MAX));
            } else {
                return new Result(w, free, left, required, skipped);
            }
        }
        return new Result(null, free, left, required, skipped);
    }
}
