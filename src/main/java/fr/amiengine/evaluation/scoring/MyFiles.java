package fr.amiengine.evaluation.scoring;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import java.util.Comparator;
import java.util.List;

/**
 * The files given to one evaluator as their list shows them: filtered by where their evaluation stands, sorted, and
 * counted (how many are left to score). Only the evaluator's own assignments: nothing of the other members.
 *
 * @param files     the files shown, filtered and sorted
 * @param left      how many of all their files still wait for a submitted evaluation
 * @param total     how many files they have
 * @param filter    the filter applied, {@code null} for all
 * @param order     the order applied
 */
public record MyFiles(List<MyAssignmentView> files, long left, long total, Filter filter, Order order) {

    /** Where the evaluator's evaluation of a file stands, as the filter of the list names it in its address. */
    public enum Filter {
        TO_DO("a-faire", "à commencer"),
        DRAFT("brouillon", "brouillon"),
        SUBMITTED("soumis", "soumise");

        public final String key;
        public final String label;

        Filter(String key, String label) {
            this.key = key;
            this.label = label;
        }

        boolean keeps(MyAssignmentView file) {
            return switch (this) {
                case TO_DO -> file.evaluation() == null;
                case DRAFT -> file.evaluation() == EvaluationState.DRAFT;
                case SUBMITTED -> file.evaluation() == EvaluationState.SUBMITTED;
            };
        }
    }

    /** The orders of the list, named as in its address. */
    public enum Order {
        DUE("echeance", "échéance la plus proche"),
        REFERENCE("reference", "référence"),
        STATE("etat", "état de mon évaluation (à commencer d’abord)");

        public final String key;
        public final String label;

        Order(String key, String label) {
            this.key = key;
            this.label = label;
        }

        Comparator<MyAssignmentView> comparator() {
            Comparator<MyAssignmentView> byReference = Comparator.comparing(MyAssignmentView::reference);
            return switch (this) {
                case DUE -> Comparator.comparing(MyAssignmentView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byReference);
                case REFERENCE -> byReference;
                case STATE -> Comparator.comparingInt(MyFiles::progress).thenComparing(MyAssignmentView::dueAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byReference);
            };
        }
    }

    /**
     * @param filter the filter's key as typed ({@code a-faire}, {@code brouillon}, {@code soumis}), blank for all
     * @param order  the order's key as typed ({@code echeance}, {@code reference}, {@code etat}), blank for the due date
     * @throws AmiException invalid (422) on an unknown filter or order
     */
    public static MyFiles of(List<MyAssignmentView> all, String filter, String order) {
        Filter f = blank(filter) ? null : Enums.byKey(Filter.values(), x -> x.key, filter.strip())
                .orElseThrow(() -> AmiException.invalid("etat", "Ce filtre n’existe pas\u00a0: choisissez «\u00a0à commencer\u00a0», "
                        + "«\u00a0brouillon\u00a0» ou «\u00a0soumise\u00a0»."));
        Order o = blank(order) ? Order.DUE : Enums.byKey(Order.values(), x -> x.key, order.strip())
                .orElseThrow(() -> AmiException.invalid("tri", "Cet ordre n’existe pas\u00a0: choisissez l’échéance, la "
                        + "référence ou l’état de votre évaluation."));
        List<MyAssignmentView> shown = all.stream().filter(a -> f == null || f.keeps(a)).sorted(o.comparator()).toList();
        long left = all.stream().filter(a -> a.evaluation() != EvaluationState.SUBMITTED).count();
        return new MyFiles(shown, left, all.size(), f, o);
    }

    /**
     * The file to score after {@code assignmentId}: the next one in the order of due dates that still waits for a
     * submitted evaluation, coming round to the first; empty when no other file is left.
     */
    public static java.util.Optional<MyAssignmentView> nextAfter(List<MyAssignmentView> all, Long assignmentId) {
        List<MyAssignmentView> ordered = all.stream().sorted(Order.DUE.comparator()).toList();
        int at = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(assignmentId)) {
                at = i;
            }
        }
        for (int step = 1; step < ordered.size(); step++) {
            MyAssignmentView candidate = ordered.get((at + step) % ordered.size());
            if (candidate.evaluation() != EvaluationState.SUBMITTED && !candidate.id().equals(assignmentId)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The key of the filter applied, empty for all: the choice the list's form shows as selected. */
    public String filterKey() {
        return filter == null ? "" : filter.key;
    }

    private static int progress(MyAssignmentView file) {
        return file.evaluation() == null ? 0 : file.evaluation() == EvaluationState.DRAFT ? 1 : 2;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
