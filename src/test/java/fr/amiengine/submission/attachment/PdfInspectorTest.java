package fr.amiengine.submission.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.shared.AmiException;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.RawPdf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the inspection accepts, and each hostile file it refuses; every file is made here, none is a fixture. */
class PdfInspectorTest {

    private final PdfInspector inspector = new PdfInspector();

    @Test
    void countsThePagesOfARealPdf() {
        assertThat(inspector.inspect(Pdfs.valid(4))).isEqualTo(4);
    }

    @Test
    void acceptsAHandWrittenPdfWithTextAndALink() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Annots [<< /Type /Annot "
                + "/Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://www.numerique.gouv.fr) >> >>] >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.addStream("", "BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET".getBytes(StandardCharsets.US_ASCII));

        assertThat(inspector.inspect(pdf.bytes())).isEqualTo(2);
    }

    @Test
    void rejectsAnythingBeforeThePdfHeader() {
        byte[] pdf = Pdfs.valid(1);
        byte[] html = "<html><body>bonjour</body></html>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] prefixed = new byte[html.length + pdf.length];
        System.arraycopy(html, 0, prefixed, 0, html.length);
        System.arraycopy(pdf, 0, prefixed, html.length, pdf.length);

        assertRejected(prefixed, "doit commencer par «\u00a0%PDF-\u00a0»");
    }

    @Test
    void rejectsEmptyTextDamagedAndEncryptedFilesWithFrenchMessages() {
        assertRejected(new byte[0], "vide");
        assertRejected(Pdfs.notAPdf(), "n’est pas un PDF");
        assertRejected(Pdfs.damaged(), "endommagé");
        assertRejected(Pdfs.passwordProtected(), "mot de passe");
        assertRejected(Pdfs.restricted(), "chiffré");
    }

    @Test
    void rejectsAStreamThatInflatesFarBeyondTheFile() {
        // about 100 KB on the wire, 100 MB once inflated
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.addStream("/Filter /FlateDecode", RawPdf.deflatedZeros(100L * 1024 * 1024));
        byte[] bomb = pdf.bytes();
        assertThat(bomb.length).isLessThan(200 * 1024);

        assertRejected(bomb, "décompressé");
    }

    @Test
    void rejectsAPageTreeThatLoops() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");

        assertRejected(pdf.bytes(), "arborescence des pages");
    }

    @Test
    void rejectsAPageCountThatDisagreesWithThePages() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

        assertRejected(pdf.bytes(), "arborescence des pages");
    }

    @Test
    void rejectsJavaScriptInTheNameTree() {
        assertRejected(RawPdf.onePage("/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (app.alert(1)) >>] >> >>", ""),
                "JavaScript");
    }

    @Test
    void rejectsJavaScriptRunAtOpening() {
        assertRejected(RawPdf.onePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", ""), "JavaScript");
    }

    @Test
    void rejectsJavaScriptInAnAnnotationOrAnAdditionalAction() {
        assertRejected(RawPdf.onePage("", "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] "
                + "/A << /S /JavaScript /JS (app.alert(1)) >> >>]"), "JavaScript");
        assertRejected(RawPdf.onePage("", "/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>"), "JavaScript");
    }

    @Test
    void rejectsALaunchAction() {
        assertRejected(RawPdf.onePage("/OpenAction << /S /Launch /F (calc.exe) >>", ""), "lancer");
    }

    @Test
    void rejectsAnXfaForm() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 4 0 R >> >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.addStream("", "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><script>app.alert(1)</script></xdp:xdp>"
                .getBytes(StandardCharsets.US_ASCII));

        assertRejected(pdf.bytes(), "XFA");
    }

    @Test
    void rejectsARichMediaAnnotation() {
        assertRejected(RawPdf.onePage("", "/Annots [<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>]"), "RichMedia");
    }

    @Test
    void rejectsAnEmbeddedFile() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.add("<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>");
        pdf.addStream("/Type /EmbeddedFile", "MZ".getBytes(StandardCharsets.US_ASCII));

        assertRejected(pdf.bytes(), "fichier joint");
    }

    @Test
    void rejectsAFileAttachmentAnnotation() {
        assertRejected(RawPdf.onePage("", "/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] "
                + "/FS << /Type /Filespec /F (a.txt) >> >>]"), "fichier joint");
    }

    @Test
    void givesUpAFileThatTakesLongerThanItsTimeBudget() {
        PdfInspector hurried = new PdfInspector(Duration.ZERO);

        assertThatThrownBy(() -> hurried.inspect(Pdfs.valid(3)))
                .isInstanceOf(AmiException.class)
                .hasMessageContaining("trop long à analyser");
    }

    private void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> inspector.inspect(bytes))
                .isInstanceOf(AmiException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((AmiException) e).kind())
                .isEqualTo(AmiException.Kind.INVALID);
    }
}
