package fr.amiengine.bench;

import fr.amiengine.documents.DecisionLetterData;
import fr.amiengine.documents.DecisionLetterData.CriterionLine;
import fr.amiengine.documents.DecisionLetterDocument;
import fr.amiengine.documents.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures the decision letters of a whole campaign (435 files, the 2025 AMI's size): {@code ./mvnw -Pbench} renders
 * them with {@link DecisionLetterDocument} (PDF/A-2b and PDF/UA-1: tagged content, structure tree, XMP, output
 * intent) and, in the same run, the same text drawn with PDFBox alone (same font, parsed once, same layout, no tags,
 * no PDF/A metadata), after a warm-up; it prints letters per second, milliseconds per letter and the ratio, on one
 * thread and on four (the job executor's size).
 */
public final class LetterBenchmark {

    private static final int LETTERS = 435;
    private static final int WARM_UP_BATCHES = 2;
    private static final int BATCHES = 7;

    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<DecisionLetterData> letters = letters();
        System.out.printf("Lettres de décision\u00a0: lots de %d lettres, médiane de %d lots après %d lots de chauffe%n",
                LETTERS, BATCHES, WARM_UP_BATCHES);
        System.out.printf("%-46s %5s %10s %10s %10s%n", "rendu", "fils", "lettres/s", "ms/lettre", "Ko/lettre");
        for (int threads : new int[] {1, 4}) {
            Result[] results = measure(letters, threads, DecisionLetterDocument::render, PlainLetter::render);
            print("DecisionLetterDocument (PDF/A-2b, PDF/UA-1)", threads, results[0]);
            print("PDFBox seul (ni balisage ni PDF/A)", threads, results[1]);
            System.out.printf("%-46s %5d %10s %9.2f×%n", "rapport des ms/lettre (nous / PDFBox seul)", threads, "",
                    results[0].millisPerLetter() / results[1].millisPerLetter());
        }
    }

    private record Result(double millisPerLetter, double kilobytesPerLetter) {
    }

    private static void print(String label, int threads, Result result) {
        System.out.printf("%-46s %5d %10.0f %10.2f %10.1f%n", label, threads, 1000 / result.millisPerLetter(),
                result.millisPerLetter(), result.kilobytesPerLetter());
    }

    /**
     * Alternates batches of each renderer, so that a change in the machine's load (another build) weighs on both
     * alike; returns the median batch of each.
     */
    @SafeVarargs
    private static Result[] measure(List<DecisionLetterData> letters, int threads,
            Function<DecisionLetterData, byte[]>... renderers) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < WARM_UP_BATCHES; i++) {
                for (Function<DecisionLetterData, byte[]> render : renderers) {
                    batch(letters, render, executor);
                }
            }
            double[][] millis = new double[renderers.length][BATCHES];
            long[] bytes = new long[renderers.length];
            for (int i = 0; i < BATCHES; i++) {
                for (int r = 0; r < renderers.length; r++) {
                    long start = System.nanoTime();
                    bytes[r] = batch(letters, renderers[r], executor);
                    millis[r][i] = (System.nanoTime() - start) / 1e6 / letters.size();
                }
            }
            Result[] results = new Result[renderers.length];
            for (int r = 0; r < renderers.length; r++) {
                Arrays.sort(millis[r]);
                results[r] = new Result(millis[r][BATCHES / 2], bytes[r] / 1024.0 / letters.size());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Renders every letter of the batch; returns the bytes produced, so that no work can be optimised away. */
    private static long batch(List<DecisionLetterData> letters, Function<DecisionLetterData, byte[]> render,
            ExecutorService executor) throws Exception {
        List<Future<byte[]>> rendered = new ArrayList<>();
        for (DecisionLetterData letter : letters) {
            rendered.add(executor.submit(() -> render.apply(letter)));
        }
        long bytes = 0;
        for (Future<byte[]> pdf : rendered) {
            bytes += pdf.get().length;
        }
        return bytes;
    }

    /** One campaign's letters: the three outcomes, each file its own reference and rank. */
    private static List<DecisionLetterData> letters() {
        List<DecisionLetterData> letters = new ArrayList<>();
        for (int i = 1; i <= LETTERS; i++) {
            String[] outcome = i <= 60 ? new String[] {"RETAINED", "Retenue"}
                    : i <= 90 ? new String[] {"WAITLISTED", "Inscrite sur la liste d’attente"}
                    : new String[] {"NOT_RETAINED", "Non retenue"};
            DecisionLetterData sample = Samples.decisionLetter(outcome[0], outcome[1],
                    i % 23 == 0 ? null : i + "e sur " + LETTERS + " dossiers du volet");
            letters.add(new DecisionLetterData(sample.campaignCode(), sample.campaignTitle(),
                    "AMI-IA2-2026-" + String.format("%04d", i), sample.organisation(), sample.addressee(),
                    sample.solutionName(), sample.track(), sample.outcome(), sample.outcomeLabel(),
                    sample.motivation(), sample.criteria(), sample.rawScore(), sample.normalisedScore(), sample.rank(),
                    sample.rankExplanation(), sample.decidedOn(), sample.signatory(), sample.signatoryTitle(),
                    sample.algorithmNotice(), sample.appeal()));
        }
        return letters;
    }

    /**
     * The baseline: the letter's text and layout drawn with PDFBox alone. The same font, parsed once per thread,
     * the same sizes, wrapping, table rules and footers; no marked content, structure tree, XMP or output intent.
     */
    static final class PlainLetter {

        private static final byte[] REGULAR = resource("/documents/fonts/DejaVuSans.ttf");
        private static final byte[] BOLD = resource("/documents/fonts/DejaVuSans-Bold.ttf");
        private static final ThreadLocal<TrueTypeFont[]> FONTS = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
                parse(REGULAR), parse(BOLD)});
        private static final float MARGIN = 56.7f;
        private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private static final float[] SCORE_COLUMNS = {0.40f, 0.14f, 0.11f, 0.08f, 0.13f, 0.14f};

        private final PDDocument document = new PDDocument();
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream content;
        private float y;

        private PlainLetter() throws IOException {
            regular = PDType0Font.load(document, FONTS.get()[0], true);
            bold = PDType0Font.load(document, FONTS.get()[1], true);
            newPage();
        }

        static byte[] render(DecisionLetterData data) {
            try {
                PlainLetter pdf = new PlainLetter();
                try (PDDocument document = pdf.document) {
                    pdf.write(data);
                    pdf.content.close();
                    for (int i = 0; i < document.getNumberOfPages(); i++) {
                        pdf.footer(i, document.getNumberOfPages(), "Décision — " + data.reference());
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                    document.save(out);
                    return out.toByteArray();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(DecisionLetterData data) throws IOException {
            lines(bold, 10, "Comité de sélection — " + data.campaignTitle());
            lines(regular, 10, "Appel à manifestation d’intérêt " + data.campaignCode());
            lines(regular, 10, "À l’attention de " + data.addressee(), data.organisation());
            keyValue("Objet", "Décision relative à votre candidature «\u00a0" + data.solutionName() + "\u00a0»");
            keyValue("Référence", data.reference());
            keyValue("Volet", data.track());
            keyValue("Date", data.decidedOn());
            lines(bold, 17, "Décision du comité de sélection");
            lines(regular, 10, "Madame, Monsieur,");
            lines(bold, 10, DecisionLetterDocument.decisionSentence(data));
            keyValue("Décision", data.outcomeLabel());
            lines(bold, 12.5f, "Motifs de la décision");
            lines(regular, 10, data.motivation());
            lines(bold, 12.5f, "Vos notes au regard de la grille d’évaluation");
            lines(regular, 10, "Chaque critère est noté par les évaluateurs sur l’échelle indiquée\u00a0; la note retenue "
                    + "est la moyenne de leurs notes. Un critère assorti d’un seuil doit l’atteindre pour que le "
                    + "dossier reste éligible.");
            row(bold, List.of("Critère", "Pondération", "Échelle", "Seuil", "Votre note moyenne", "Seuil atteint"));
            for (CriterionLine c : data.criteria()) {
                row(regular, List.of(c.criterion(), c.weight(), c.scale(), c.threshold(), c.score(), c.thresholdMet()));
            }
            lines(bold, 12.5f, "Note globale et rang");
            keyValue("Note brute", data.rawScore());
            keyValue("Note normalisée", data.normalisedScore());
            keyValue("Rang", data.rank() == null ? "non classé\u00a0: le dossier n’est pas éligible" : data.rank());
            lines(regular, 10, data.rankExplanation());
            lines(bold, 12.5f, "Voies et délais de recours");
            lines(regular, 10, data.appeal());
            lines(regular, 10, "Décision arrêtée le " + data.decidedOn() + ", pour le comité de sélection, par\u00a0: "
                    + data.signatory() + ", " + data.signatoryTitle() + ".");
            lines(regular, 10, "Veuillez agréer, Madame, Monsieur, l’expression de notre considération distinguée.");
        }

        private void lines(PDFont font, float size, String... paragraphs) throws IOException {
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph, font, size, WIDTH)) {
                    room(size * 1.35f);
                    text(font, size, MARGIN, line);
                    y -= size * 1.35f;
                }
                y -= size * 0.5f;
            }
        }

        private void keyValue(String key, String value) throws IOException {
            List<String> values = wrap(value, regular, 10, WIDTH - 150);
            room(values.size() * 13.5f);
            text(bold, 10, MARGIN, key + "\u00a0:");
            for (String line : values) {
                text(regular, 10, MARGIN + 150, line);
                y -= 13.5f;
            }
        }

        private void row(PDFont font, List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                wrapped.add(wrap(cells.get(i), font, 8.5f, WIDTH * SCORE_COLUMNS[i] - 6));
                height = Math.max(height, wrapped.get(i).size());
            }
            float rowHeight = height * 8.5f * 1.35f + 6;
            room(rowHeight);
            float top = y;
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                y = top - 3;
                for (String line : wrapped.get(i)) {
                    text(font, 8.5f, x + 3, line);
                    y -= 8.5f * 1.35f;
                }
                x += WIDTH * SCORE_COLUMNS[i];
            }
            y = top - rowHeight;
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
        }

        private void text(PDFont font, float size, float x, String line) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size * 0.93f);
            content.showText(line);
            content.endText();
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void footer(int index, int count, String label) throws IOException {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(index),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.setLineWidth(0.5f);
                footer.moveTo(MARGIN, 42);
                footer.lineTo(MARGIN + WIDTH, 42);
                footer.stroke();
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(MARGIN, 30);
                footer.showText(label);
                footer.newLineAtOffset(WIDTH - 50, 0);
                footer.showText("Page " + (index + 1) + " sur " + count);
                footer.endText();
            }
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float space = font.getStringWidth(" ") / 1000 * size;
            float lineWidth = 0;
            for (String word : text.split(" ")) {
                float wordWidth = font.getStringWidth(word) / 1000 * size;
                if (line.length() > 0 && lineWidth + space + wordWidth > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    lineWidth += space;
                }
                line.append(word);
                lineWidth += wordWidth;
            }
            lines.add(line.toString());
            return lines;
        }

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] resource(String path) {
            try (InputStream in = PlainLetter.class.getResourceAsStream(path)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
