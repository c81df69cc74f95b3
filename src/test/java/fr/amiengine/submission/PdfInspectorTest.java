package fr.amiengine.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.shared.AmiException;
import fr.amiengine.support.Pdfs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfInspectorTest {

    private final PdfInspector inspector = new PdfInspector();

    @Test
    void countsThePagesOfARealPdf() {
        assertThat(inspector.inspect(Pdfs.valid(4))).isEqualTo(4);
    }

    @Test
    void acceptsAHeaderAfterSomeLeadingBytesAsReadersDo() {
        byte[] pdf = Pdfs.valid(1);
        byte[] prefixed = new byte[pdf.length + 3];
        System.arraycopy("\n\n\n".getBytes(StandardCharsets.US_ASCII), 0, prefixed, 0, 3);
        System.arraycopy(pdf, 0, prefixed, 3, pdf.length);
        assertThat(inspector.inspect(prefixed)).isEqualTo(1);
    }

    @Test
    void rejectsEmptyTextDamagedAndEncryptedFilesWithFrenchMessages() {
        assertRejected(new byte[0], "vide");
        assertRejected(Pdfs.notAPdf(), "n'est pas un PDF");
        assertRejected(Pdfs.damaged(), "endommagé");
        assertRejected(Pdfs.passwordProtected(), "mot de passe");
        assertRejected(Pdfs.restricted(), "chiffré");
    }

    private void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> inspector.inspect(bytes))
                .isInstanceOf(AmiException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((AmiException) e).kind())
                .isEqualTo(AmiException.Kind.INVALID);
    }
}
