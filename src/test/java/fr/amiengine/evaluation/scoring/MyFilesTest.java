package fr.amiengine.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.shared.AmiException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator's list of files: filters, orders, the count of what is left, and the next file to score. */
class MyFilesTest {

    private static final Instant DAY = Instant.parse("2026-05-19T18:00:00Z");

    private final MyAssignmentView toDoLate = file(1L, "AMI-C", DAY.plusSeconds(86_400), null);
    private final MyAssignmentView draft = file(2L, "AMI-A", DAY.plusSeconds(2 * 86_400), EvaluationState.DRAFT);
    private final MyAssignmentView submitted = file(3L, "AMI-B", DAY, EvaluationState.SUBMITTED);
    private final List<MyAssignmentView> all = List.of(draft, submitted, toDoLate);

    @Test
    void countsTheFilesLeftToSubmitOutOfAll() {
        MyFiles files = MyFiles.of(all, null, null);
        assertThat(files.left()).isEqualTo(2);
        assertThat(files.total()).isEqualTo(3);
    }

    @Test
    void filtersByWhereTheEvaluationStandsAndKeepsTheCount() {
        assertThat(MyFiles.of(all, "a-faire", null).files()).containsExactly(toDoLate);
        assertThat(MyFiles.of(all, "brouillon", null).files()).containsExactly(draft);
        assertThat(MyFiles.of(all, "soumis", null).files()).containsExactly(submitted);
        assertThat(MyFiles.of(all, "soumis", null).left()).isEqualTo(2);
    }

    @Test
    void sortsByDueDateByDefaultOrByReferenceOrByState() {
        assertThat(MyFiles.of(all, null, null).files()).containsExactly(submitted, toDoLate, draft);
        assertThat(MyFiles.of(all, "", "reference").files()).containsExactly(draft, submitted, toDoLate);
        assertThat(MyFiles.of(all, null, "etat").files()).containsExactly(toDoLate, draft, submitted);
    }

    @Test
    void refusesAnUnknownFilterOrOrderInFrench() {
        assertThatThrownBy(() -> MyFiles.of(all, "tout", null)).isInstanceOf(AmiException.class)
                .hasMessageContaining("Ce filtre n’existe pas");
        assertThatThrownBy(() -> MyFiles.of(all, null, "hasard")).isInstanceOf(AmiException.class)
                .hasMessageContaining("Cet ordre n’existe pas");
    }

    @Test
    void theNextFileIsTheNextNotSubmittedOneByDueDateComingRound() {
        assertThat(MyFiles.nextAfter(all, toDoLate.id())).contains(draft);
        assertThat(MyFiles.nextAfter(all, draft.id())).as("on repart du début, en sautant le dossier soumis").contains(toDoLate);
        assertThat(MyFiles.nextAfter(List.of(draft, submitted), draft.id())).as("le dernier à évaluer").isEmpty();
    }

    private static MyAssignmentView file(Long id, String reference, Instant due, EvaluationState state) {
        return new MyAssignmentView(id, reference, "AMI", "Solution " + reference, "Organisation", "Famille", due, false, state);
    }
}
