package fr.amiengine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

class MinutesDocumentTest {

    private static final MinutesData MINUTES = Samples.minutes(120);
    private static final byte[] PDF = MinutesDocument.render(MINUTES);

    @Test
    void minutesWithARankingOverSeveralPagesArePdfA2bAndPdfUa1() {
        VeraPdf.assertPdfA2bAndPdfUa1(PDF);
    }

    @Test
    void largestCommitteeMinutesStayCompliant() {
        MinutesData largest = Samples.minutes(435);

        byte[] pdf = MinutesDocument.render(largest);

        assertThat(DocumentText.pageCount(pdf)).isGreaterThan(30);
        assertThat(DocumentText.ofPage(pdf, DocumentText.pageCount(pdf))).contains(largest.approvedAt());
        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void rankingRunsOverSeveralPagesWithItsHeaderRepeatedAsArtifact() throws IOException {
        int pages = DocumentText.pageCount(PDF);

        assertThat(pages).isGreaterThan(3);
        assertThat(DocumentText.ofPage(PDF, 3)).contains("Rang Référence Organisation Solution Note");
        assertThat(DocumentText.ofPage(PDF, pages)).contains("Page " + pages + " sur " + pages);
        // The repeated headers are pagination artifacts: the structure holds one header row per table.
        List<PDStructureElement> headers = elements(PDF, "TH");
        int tracks = (int) MINUTES.ranking().stream().map(MinutesData.RankingLine::track).distinct().count();
        assertThat(headers).hasSize(4 + 8 * tracks + 4); // grid, one ranking per track, decisions
        assertThat(elements(PDF, "TR")).hasSize(tracks + 2 // one header row per table
                + MINUTES.grid().size() + MINUTES.ranking().size() + MINUTES.decisions().size());
    }

    @Test
    void minutesListMembersRankingDecisionsAndTheFourEyesApproval() {
        String text = DocumentText.of(PDF);

        assertThat(text)
                .contains("Procès-verbal du comité de sélection")
                .contains(MINUTES.members())
                .contains(MINUTES.tieRules())
                .contains("Volet 2 — Services aux usagers (40 dossiers)")
                .contains(MINUTES.ranking().get(119).reference())
                .contains(MINUTES.decisions().get(0).motivation())
                .contains("Proposé par\u00a0: " + MINUTES.proposedBy(), "Approuvé par\u00a0: " + MINUTES.approvedBy());
    }

    private static List<PDStructureElement> elements(byte[] pdf, String type) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDStructureElement> found = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), type, found);
            return found;
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }
}
