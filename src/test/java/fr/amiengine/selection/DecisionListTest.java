package fr.amiengine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of files and decisions of the selection page: 50 a page in the order of the ranking, searched and
 * filtered, while the totals of the constraints still count every file.
 */
class DecisionListTest {

    private static final SelectionView VIEW = view(120);

    @Test
    void showsFiftyFilesAPageInTheOrderOfTheRankingWithLinksThatKeepTheFilters() {
        SelectionPage.Filters filters = new SelectionPage.Filters(null, null, "RETAINED");
        SelectionPage.DecisionList first = SelectionPage.list(VIEW, filters, PageRequest.parse(null, null));

        assertThat(first.page().total()).isEqualTo(60);
        assertThat(first.page().items()).hasSize(50).allMatch(l -> l.outcome() == DecisionOutcome.RETAINED);
        assertThat(first.tracks()).extracting(SelectionPage.TrackFiles::label).containsExactly("Volet général", "Volet financé");
        assertThat(first.tracks().get(0).files()).extracting(SelectionView.Line::position).isSorted();
        assertThat(first.nav().next()).isEqualTo("/admin/campagnes/AMI/selection?decision=RETAINED&page=2");

        SelectionPage.DecisionList beyond = SelectionPage.list(VIEW, filters, PageRequest.parse("99", null));
        assertThat(beyond.page().page()).isEqualTo(2);
        assertThat(beyond.page().items()).hasSize(10);
    }

    @Test
    void findsByReferenceSirenAndNameIgnoringAccentsAndFiltersByTrack() {
        assertThat(refs(new SelectionPage.Filters("ami-0007", null, null))).containsExactly("AMI-0007");
        assertThat(refs(new SelectionPage.Filters("ÉLÉPHANT", null, null))).containsExactly("AMI-0042");
        assertThat(refs(new SelectionPage.Filters("552100554", null, null))).containsExactly("AMI-0042");
        assertThat(SelectionPage.list(VIEW, new SelectionPage.Filters(null, "FIN", null), PageRequest.first()).page().items())
                .hasSize(50).allMatch(l -> l.trackCode().equals("FIN"));
        assertThat(refs(new SelectionPage.Filters("zèbre", null, null))).isEmpty();
    }

    @Test
    void refusesAnUnknownTrackOrDecisionInFrench() {
        assertThatThrownBy(() -> SelectionPage.list(VIEW, new SelectionPage.Filters(null, "NOPE", null), PageRequest.first()))
                .isInstanceOf(AmiException.class).hasMessageContaining("Le volet demandé n’existe pas");
        assertThatThrownBy(() -> SelectionPage.list(VIEW, new SelectionPage.Filters(null, null, "MAYBE"), PageRequest.first()))
                .isInstanceOf(AmiException.class).hasMessageContaining("n’est pas reconnue").hasMessageNotContaining("WAITLISTED");
    }

    private static List<String> refs(SelectionPage.Filters filters) {
        return SelectionPage.list(VIEW, filters, PageRequest.first()).page().items().stream().map(SelectionView.Line::reference).toList();
    }

    /** {@code count} files, half in each track, every other one retained; file 42 is the only elephant. */
    private static SelectionView view(int count) {
        List<SelectionView.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean general = i < count / 2;
            String reference = String.format("AMI-%04d", i);
            String organisation = i == 42 ? "Société Éléphant Numérique" : "Organisation " + i;
            DecisionOutcome outcome = i % 2 == 0 ? DecisionOutcome.RETAINED : DecisionOutcome.NOT_RETAINED;
            lines.add(new SelectionView.Line(reference, organisation, i == 42 ? "552100554" : "40000" + (1000 + i), "Solution " + i,
                    general ? "GEN" : "FIN", general ? "Volet général" : "Volet financé", "Famille", (general ? i : i - count / 2) + 1,
                    BigDecimal.valueOf(90 - i / 2), true, null, outcome, outcome, null, false, false, "", "admin", false));
        }
        return new SelectionView("AMI", "DELIBERATION", null, null, List.of(),
                List.of(new SelectionView.TrackTotal("GEN", "Volet général", 30, null, 30, 0L, 0),
                        new SelectionView.TrackTotal("FIN", "Volet financé", 30, null, 30, 0L, 0)),
                List.of(), lines, null, null, null, null, null, List.of(), null, null, null);
    }
}
