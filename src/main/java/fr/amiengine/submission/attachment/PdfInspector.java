package fr.amiengine.submission.attachment;

import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks that an upload is a real, readable, unencrypted PDF with nothing active in it, and does so within bounds
 * that a hostile file cannot push: the extension and the declared content type are not trusted, the bytes are.
 * <ul>
 *   <li>The file starts with {@code %PDF-}: readers tolerate leading bytes, which is how a file is both an HTML page
 *   and a PDF (a polyglot), so we do not.</li>
 *   <li>Before PDFBox parses anything, every zlib stream is inflated into nothing, counting: PDFBox inflates object
 *   and cross-reference streams into memory while parsing, so a 100 KB file that inflates to 100 MB (10 GB at the
 *   upload limit) is refused before it is parsed. The allowance is 100 times the file, at least 64 MB, at most
 *   256 MB.</li>
 *   <li>PDFBox parses with a temporary-file stream cache bounded to that allowance, and the whole inspection has a time
 *   budget (10 s), checked between every object.</li>
 *   <li>The page tree is walked by hand: a loop, a {@code /Count} that disagrees with the leaves below it, or more
 *   than {@value #MAX_PAGES} pages refuse the file (viewers and PDFBox loop or trust {@code /Count}).</li>
 *   <li>Active content is refused wherever it sits: JavaScript (name tree, open action, annotation, additional
 *   actions), Launch actions, XFA forms, RichMedia annotations, embedded files and file attachment annotations. Every object of the file is looked at,
 *   not only the places a viewer starts from.</li>
 * </ul>
 */
@ApplicationScoped
public class PdfInspector {

    static final int MAX_PAGES = 10_000;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final long MIN_INFLATED = 64L * 1024 * 1024;
    private static final long MAX_INFLATED = 256L * 1024 * 1024;
    private static final int INFLATION_RATIO = 100;
    /** Deeper nesting of direct objects than any real file has; beyond it the file is taken as damaged. */
    private static final int MAX_NESTING = 64;

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");

    static final String NOT_A_PDF = "Le fichier n’est pas un PDF\u00a0: un PDF doit commencer par «\u00a0%PDF-\u00a0», sans rien avant\u00a0; "
            + "seules les pièces au format PDF sont acceptées.";
    static final String DAMAGED = "Le fichier est endommagé ou n’est pas un PDF lisible.";
    static final String BAD_PAGE_TREE = "L’arborescence des pages du PDF est incohérente (une boucle, ou un nombre de pages "
            + "annoncé qui n’est pas le nombre réel)\u00a0: enregistrez à nouveau le document depuis son logiciel d’origine.";
    static final String JAVASCRIPT_FOUND = "Le PDF contient du JavaScript (du code exécuté à l’ouverture ou au clic)\u00a0: ce "
            + "contenu actif n’est pas accepté\u00a0; envoyez une version sans script.";
    static final String LAUNCH_FOUND = "Le PDF contient une action qui peut lancer un programme ou ouvrir un fichier "
            + "extérieur\u00a0: ce contenu actif n’est pas accepté\u00a0; envoyez une version sans cette action.";
    static final String EMBEDDED_FOUND = "Le PDF contient un fichier joint (une pièce incorporée dans le document)\u00a0: ce "
            + "contenu n’est pas accepté\u00a0; envoyez chaque pièce comme un PDF distinct.";
    static final String INTERACTIVE_FOUND = "Le PDF contient un formulaire XFA ou un média interactif (RichMedia), "
            + "qui peuvent exécuter du code\u00a0: ce contenu actif n’est pas accepté\u00a0; imprimez le document en PDF, puis "
            + "joignez cette version.";
    static final String TOO_SLOW = "Le PDF est trop long à analyser\u00a0: enregistrez-le à nouveau depuis son logiciel "
            + "d’origine («\u00a0Enregistrer sous\u00a0» PDF), puis joignez-le.";

    private final Duration budget;

    public PdfInspector() {
        this(Duration.ofSeconds(10));
    }

    /** With another time budget than the default ten seconds; for tests. */
    PdfInspector(Duration budget) {
        this.budget = budget;
    }

    /** @return the number of pages of a PDF that passed every check */
    public int inspect(byte[] bytes) {
        if (bytes.length == 0) {
            throw AmiException.invalid("file", "Le fichier envoyé est vide.");
        }
        if (!startsWithHeader(bytes)) {
            throw AmiException.invalid("file", NOT_A_PDF);
        }
        long deadline = System.nanoTime() + budget.toNanos();
        long allowance = Math.min(MAX_INFLATED, Math.max(MIN_INFLATED, (long) INFLATION_RATIO * bytes.length));
        ensureInflatesWithin(bytes, allowance, deadline);
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupTempFileOnly(allowance).streamCache)) {
            if (document.isEncrypted()) {
                throw AmiException.invalid("file",
                        "Le PDF est chiffré\u00a0: envoyez une version sans protection ni restriction.");
            }
            int pages = countPages(document.getDocument().getTrailer().getCOSDictionary(COSName.ROOT), deadline);
            if (pages == 0) {
                throw AmiException.invalid("file", "Le PDF ne contient aucune page.");
            }
            refuseActiveContent(document.getDocument(), deadline);
            return pages;
        } catch (InvalidPasswordException e) {
            throw AmiException.invalid("file",
                    "Le PDF est protégé par un mot de passe\u00a0: envoyez une version sans protection.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof AmiException refused) {
                throw refused;
            }
            // PDFBox answers some garbage with runtime exceptions (class casts, bad numbers): damaged all the same.
            throw AmiException.invalid("file", DAMAGED);
        }
    }

    private static boolean startsWithHeader(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inflates, into nothing, whatever zlib data follows each {@code stream} keyword, adding up the inflated sizes. The
     * keyword is found in the raw bytes, so object streams and compressed cross-reference tables count too.
     */
    private void ensureInflatesWithin(byte[] bytes, long allowance, long deadline) {
        long inflated = 0;
        byte[] sink = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
                checkTime(deadline);
                int data = at + STREAM.length;
                if (data < bytes.length && bytes[data] == '\r') {
                    data++;
                }
                if (data >= bytes.length || bytes[data] != '\n') {
                    continue;
                }
                data++;
                inflater.reset();
                inflater.setInput(bytes, data, bytes.length - data);
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(sink);
                        inflated += n;
                        if (inflated > allowance) {
                            throw AmiException.invalid("file", "Le PDF contient des données qui, une fois décompressées, "
                                    + "dépasseraient " + allowance / (1024 * 1024) + " Mo\u00a0: ce n’est pas un document "
                                    + "ordinaire\u00a0; enregistrez-le à nouveau depuis son logiciel d’origine.");
                        }
                        if (n == 0) {
                            break;
                        }
                        if ((inflated & 0xFFFFFF) < sink.length) {
                            checkTime(deadline);
                        }
                    }
                } catch (DataFormatException notZlib) {
                    // Not a Flate stream (or not one from here on): nothing to count.
                }
            }
        } finally {
            inflater.end();
        }
    }

    /** Counts the leaves of the page tree, refusing loops, lying counts and absurd sizes. */
    private int countPages(COSDictionary catalog, long deadline) {
        if (catalog == null || !(catalog.getDictionaryObject(COSName.PAGES) instanceof COSDictionary root)) {
            throw AmiException.invalid("file", DAMAGED);
        }
        return leaves(root, Collections.newSetFromMap(new IdentityHashMap<>()), 0, deadline);
    }

    private int leaves(COSDictionary node, Set<COSDictionary> seen, int depth, long deadline) {
        checkTime(deadline);
        if (!seen.add(node) || depth > MAX_NESTING) {
            throw AmiException.invalid("file", BAD_PAGE_TREE);
        }
        if (!(node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids)) {
            return 1;
        }
        int leaves = 0;
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.getObject(i) instanceof COSDictionary kid)) {
                throw AmiException.invalid("file", BAD_PAGE_TREE);
            }
            leaves += leaves(kid, seen, depth + 1, deadline);
            if (leaves > MAX_PAGES) {
                throw AmiException.invalid("file", "Le PDF compte plus de " + MAX_PAGES + " pages\u00a0: ce n’est pas une pièce "
                        + "de candidature\u00a0; découpez-la ou allégez-la.");
            }
        }
        if (!(node.getDictionaryObject(COSName.COUNT) instanceof COSNumber count) || count.longValue() != leaves) {
            throw AmiException.invalid("file", BAD_PAGE_TREE);
        }
        return leaves;
    }

    /** Looks at every object of the file, and at the direct objects inside each, for active content. */
    private void refuseActiveContent(COSDocument document, long deadline) {
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            checkTime(deadline);
            COSObject object = document.getObjectFromPool(key);
            refuseActiveContent(object == null ? null : object.getObject(), 0);
        }
        refuseActiveContent(document.getTrailer(), 0);
    }

    private void refuseActiveContent(COSBase base, int depth) {
        if (depth > MAX_NESTING) {
            throw AmiException.invalid("file", DAMAGED);
        }
        if (base instanceof COSDictionary dictionary) {
            COSBase action = dictionary.getItem(COSName.S);
            // An action of type JavaScript, its script (/JS), or the document's JavaScript name tree (/Names /JavaScript).
            if (JAVASCRIPT.equals(action) || dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)) {
                throw AmiException.invalid("file", JAVASCRIPT_FOUND);
            }
            if (LAUNCH.equals(action)) {
                throw AmiException.invalid("file", LAUNCH_FOUND);
            }
            // XFA forms carry their own scripts; RichMedia annotations embed Flash or video players.
            if (dictionary.containsKey(XFA) || RICH_MEDIA.equals(dictionary.getItem(COSName.SUBTYPE))) {
                throw AmiException.invalid("file", INTERACTIVE_FOUND);
            }
            if (EMBEDDED_FILE.equals(dictionary.getItem(COSName.TYPE)) || dictionary.containsKey(COSName.EF)
                    || dictionary.containsKey(EMBEDDED_FILES)
                    || FILE_ATTACHMENT.equals(dictionary.getItem(COSName.SUBTYPE))) {
                throw AmiException.invalid("file", EMBEDDED_FOUND);
            }
            for (COSBase value : dictionary.getValues()) {
                if (!(value instanceof COSObject)) {
                    refuseActiveContent(value, depth + 1);
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (!(item instanceof COSObject)) {
                    refuseActiveContent(item, depth + 1);
                }
            }
        }
    }

    private void checkTime(long deadline) {
        if (System.nanoTime() - deadline >= 0) {
            throw AmiException.invalid("file", TOO_SLOW);
        }
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
