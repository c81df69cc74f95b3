package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks with PDFBox that an upload is a real, readable, unencrypted PDF. The extension and the declared
 * content type are not trusted: the bytes are parsed.
 */
@ApplicationScoped
public class PdfInspector {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF header may follow up to 1024 bytes of leading garbage (ISO 32000-1, annex H). */
    private static final int HEADER_WINDOW = 1024;

    /** @return the number of pages of a PDF that passed every check */
    public int inspect(byte[] bytes) {
        if (bytes.length == 0) {
            throw AmiException.invalid("file", "Le fichier envoyé est vide.");
        }
        if (!hasPdfHeader(bytes)) {
            throw AmiException.invalid("file", "Le fichier n'est pas un PDF : seules les pièces au format PDF sont acceptées.");
        }
        // Temp-file cache: parsing never holds more than the upload itself in memory.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw AmiException.invalid("file",
                        "Le PDF est chiffré : envoyez une version sans protection ni restriction.");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw AmiException.invalid("file", "Le PDF ne contient aucune page.");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw AmiException.invalid("file",
                    "Le PDF est protégé par un mot de passe : envoyez une version sans protection.");
        } catch (IOException e) {
            throw AmiException.invalid("file", "Le fichier est endommagé ou n'est pas un PDF lisible.");
        }
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int last = Math.min(bytes.length, HEADER_WINDOW) - MAGIC.length;
        for (int start = 0; start <= last; start++) {
            int i = 0;
            while (i < MAGIC.length && bytes[start + i] == MAGIC[i]) {
                i++;
            }
            if (i == MAGIC.length) {
                return true;
            }
        }
        return false;
    }
}
