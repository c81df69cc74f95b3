package fr.amiengine.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded (subset) in every document.
 *
 * <p><b>Parsed once, never shared between threads.</b> The font files are read from the class path once per JVM.
 * Parsing them costs about 1.6 ms per face, a fifth of a decision letter (7.1 ms per letter when each document
 * parsed its own fonts, 5.5 ms when they are reused, measured on this project's 2-core machine). But fontbox 3.0.8
 * does not promise that a parsed {@link TrueTypeFont} can serve several threads: it guards the font's single data
 * stream with two different locks ({@code TrueTypeFont.getTableBytes} takes one, {@code GlyphTable.getGlyph} the
 * other), so two documents subsetting the same font at once could read each other's position. So parsed fonts are
 * <em>lent</em>: a document takes an idle pair from a pool (parsing a new one only when all are in use), and
 * {@link Lease#close()} gives it back once the document is saved. A pair is thus used by one document, on one thread,
 * at a time, and the JVM parses as many pairs as documents were ever rendered at once (at most four job-executor
 * threads here), not one per document. Reuse across documents is what PDFBox itself does with system fonts.
 */
final class DocumentFonts {

    private static final String FOLDER = "/documents/fonts/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final Deque<Parsed> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger PARSED = new AtomicInteger();
    /** The code points both faces can draw; anything else is replaced before it reaches PDFBox. */
    private static final BitSet SUPPORTED;

    static {
        Parsed first = parse();
        SUPPORTED = supported(first);
        IDLE.push(first);
    }

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /** The two faces loaded into one document, lent until {@link #close()}. */
    static final class Lease implements AutoCloseable {

        private final PDType0Font regular;
        private final PDType0Font bold;
        private Parsed parsed;

        private Lease(PDType0Font regular, PDType0Font bold, Parsed parsed) {
            this.regular = regular;
            this.bold = bold;
            this.parsed = parsed;
        }

        PDType0Font regular() {
            return regular;
        }

        PDType0Font bold() {
            return bold;
        }

        /** Gives the parsed fonts back; call it once the document is saved (subsetting reads them) or abandoned. */
        @Override
        public void close() {
            if (parsed != null) {
                IDLE.push(parsed);
                parsed = null;
            }
        }
    }

    private DocumentFonts() {
    }

    /** Loads both faces into {@code document}, to be embedded as subsets when it is saved. */
    static Lease lease(PDDocument document) {
        Parsed parsed = IDLE.poll();
        if (parsed == null) {
            parsed = parse();
        }
        try {
            // Loaded from a TrueTypeFont object, PDFBox neither copies nor closes it: the pool keeps it.
            return new Lease(PDType0Font.load(document, parsed.regular(), true),
                    PDType0Font.load(document, parsed.bold(), true), parsed);
        } catch (IOException | RuntimeException e) {
            IDLE.push(parsed);
            throw e instanceof IOException io ? new UncheckedIOException("Police DejaVu illisible", io) : (RuntimeException) e;
        }
    }

    /** Whether both faces have a glyph for this code point. */
    static boolean supports(int codePoint) {
        return codePoint >= 0 && codePoint < SUPPORTED.size() && SUPPORTED.get(codePoint);
    }

    /** How many pairs of fonts this JVM has parsed so far. */
    static int parsedCount() {
        return PARSED.get();
    }

    private static Parsed parse() {
        try {
            Parsed parsed = new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
                    new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
            PARSED.incrementAndGet();
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("Police DejaVu illisible", e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Police absente du class path\u00a0: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet supported(Parsed fonts) {
        try {
            CmapLookup regular = fonts.regular().getUnicodeCmapLookup();
            CmapLookup bold = fonts.bold().getUnicodeCmapLookup();
            BitSet supported = new BitSet(0x10000);
            for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
                if (regular.getGlyphId(codePoint) > 0 && bold.getGlyphId(codePoint) > 0) {
                    supported.set(codePoint);
                }
            }
            return supported;
        } catch (IOException e) {
            throw new UncheckedIOException("Police DejaVu illisible", e);
        }
    }
}
