package fr.amiengine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AccessiblePdfTest {

    @Test
    void checkerReportsTheRulesAPlainPdfBoxDocumentBreaks() throws IOException {
        byte[] plain = plainPdfBoxPage("Décision\u00a0: " + Samples.AMOUNT);

        List<String> pdfA = VeraPdf.failedRules(plain, PDFAFlavour.PDFA_2_B);
        List<String> pdfUa = VeraPdf.failedRules(plain, PDFAFlavour.PDFUA_1);

        assertThat(pdfA).anyMatch(rule -> rule.contains("6.6.2.1")); // no XMP metadata
        assertThat(pdfUa).anyMatch(rule -> rule.contains("7.1-3")); // content neither tagged nor artifact
    }

    @Test
    void keepsFrenchNumbersWholeWhenAParagraphWraps() {
        String amounts = ("Montant demandé " + Samples.AMOUNT + ", part de l’État 1" + Samples.NNBSP + "250"
                + Samples.NNBSP + "000,50" + Samples.NNBSP + "€ ; ").repeat(12);

        byte[] pdf = render(doc -> doc.paragraph(amounts));

        String[] lines = DocumentText.lines(pdf);
        assertThat(lines.length).isGreaterThan(4);
        assertThat(String.join(" ", lines)).contains(Samples.AMOUNT);
        assertThat(lines).noneMatch(line -> line.endsWith("3") || line.startsWith("000" + Samples.NNBSP + "€"));
        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void replacesCharactersTheFontCannotDrawInsteadOfFailing() {
        byte[] pdf = render(doc -> doc.paragraph("Société 株式会社 Lumière\tet fils"));

        assertThat(DocumentText.of(pdf)).contains("Société ???? Lumière et fils");
        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void cutsAWordLongerThanTheLineRatherThanOverflowing() {
        String longUrl = "https://ami.numerique.gouv.fr/" + "suivi/".repeat(40) + "AMI-IA2-2026-0042";

        byte[] pdf = render(doc -> doc.paragraph(longUrl));

        assertThat(DocumentText.lines(pdf)).hasSizeGreaterThan(1);
        assertThat(DocumentText.of(pdf).replace(" ", "")).contains(longUrl);
    }

    @Test
    void rendersTheSameLettersOnFourThreadsAtOnce() throws Exception {
        String expected = DocumentText.of(DecisionLetterDocument.render(Samples.retainedLetter()));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> letters = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                letters.add(executor.submit(() -> DecisionLetterDocument.render(Samples.retainedLetter())));
            }
            for (Future<byte[]> letter : letters) {
                assertThat(DocumentText.of(letter.get())).isEqualTo(expected);
            }
            VeraPdf.assertPdfA2bAndPdfUa1(letters.get(letters.size() - 1).get());
            assertThat(DocumentFonts.parsedCount()).as("paires de polices analysées").isLessThanOrEqualTo(4);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void parsesTheFontsOnceNotForEachDocument() {
        ReceiptDocument.render(Samples.receipt());
        int parsed = DocumentFonts.parsedCount();

        for (int i = 0; i < 10; i++) {
            ReceiptDocument.render(Samples.receipt());
        }

        assertThat(DocumentFonts.parsedCount()).isEqualTo(parsed);
    }

    @Test
    void givesTheFontsBackWhenADocumentFails() {
        int parsed = DocumentFonts.parsedCount();
        DecisionLetterData unknownOutcome = Samples.decisionLetter("MAYBE", "Peut-être", null);

        for (int i = 0; i < 5; i++) {
            try {
                DecisionLetterDocument.render(unknownOutcome);
            } catch (IllegalArgumentException expected) {
                // the letter cannot word this outcome
            }
        }
        ReceiptDocument.render(Samples.receipt());

        assertThat(DocumentFonts.parsedCount()).isEqualTo(parsed);
    }

    private interface Content {
        void write(AccessiblePdf pdf);
    }

    private static byte[] render(Content content) {
        try (AccessiblePdf pdf = new AccessiblePdf("Essai de mise en page", "Un document d’essai", "Essai")) {
            pdf.title("Essai de mise en page");
            content.write(pdf);
            return pdf.finish();
        }
    }

    /** What PDFBox gives without our writer: an embedded font, but no tags, metadata or output intent. */
    private static byte[] plainPdfBoxPage(String text) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = AccessiblePdfTest.class.getResourceAsStream("/documents/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(document, font), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
