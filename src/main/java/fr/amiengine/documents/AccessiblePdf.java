package fr.amiengine.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes one French document that is both PDF/A-2b and PDF/UA-1, top to bottom: a title, headings, wrapping
 * paragraphs, key/value lines, bulleted lists and tables, on A4 portrait pages with 2 cm margins, then
 * {@link #finish()} adds the footers ("Page n sur N"), the structure tree's parent tree, the metadata and returns
 * the bytes.
 *
 * <p>What makes the output conform (docs/documents.md tells it at length):
 * <ul>
 * <li>PDF/A-2b: embedded DejaVu subsets ({@link DocumentFonts}), an sRGB output intent from the ICC profile shipped
 * as a resource, XMP metadata ({@code pdfaid:part=2}, {@code conformance=B}) that repeats the Info dictionary;</li>
 * <li>PDF/UA-1: every piece of real content is a marked-content sequence (MCID) owned by a structure element
 * (Document, H1–H3, P, L/LI/Lbl/LBody, Table/THead/TBody/TR/TH/TD with TH scoped to its column); rules, fills,
 * repeated table headers and footers are artifacts; {@code Lang fr-FR}, {@code DisplayDocTitle}, {@code Marked},
 * tab order S on each page, and {@code pdfuaid:part=1} with its PDF/A extension schema in the XMP.</li>
 * </ul>
 *
 * <p>One instance writes one document on one thread. Instances share nothing mutable: the parsed fonts are lent to
 * one document at a time ({@link DocumentFonts}), so documents can be rendered on several threads at once. Always
 * {@link #close()} an instance ({@link #finish()} does): that gives the fonts back. Text that the embedded font
 * cannot draw is replaced by "?" rather than failing.
 */
public final class AccessiblePdf implements Closeable {

    /** Horizontal alignment of a table column. */
    public enum Align {
        LEFT, RIGHT
    }

    /**
     * A table column: its header, its share of the text width (the shares of a table add up to 1) and alignment.
     */
    public record Column(String header, float width, Align align) {

        public static Column left(String header, float width) {
            return new Column(header, width, Align.LEFT);
        }

        public static Column right(String header, float width) {
            return new Column(header, width, Align.RIGHT);
        }
    }

    static final String LANGUAGE = "fr-FR";
    private static final String PRODUCER = "AMI Engine (Apache PDFBox 3)";
    private static final byte[] SRGB_PROFILE = readProfile();

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;
    private static final float FOOTER_RULE = 42f;
    private static final float FOOTER_BASELINE = 30f;

    private static final float TITLE_SIZE = 17f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float SUBHEADING_SIZE = 11f;
    private static final float BODY_SIZE = 10f;
    private static final float TABLE_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 8f;
    private static final float LEADING = 1.35f;
    private static final float ASCENT = 0.93f;
    private static final float CELL_PADDING = 3f;
    private static final float KEY_WIDTH = 150f;
    private static final float BULLET_INDENT = 14f;

    // Sober colours; "bleu France" for headings. All RGB, covered by the sRGB output intent.
    private static final float[] TEXT = {0.12f, 0.12f, 0.12f};
    private static final float[] BLUE = {0f, 0f, 0.569f};
    private static final float[] GREY_TEXT = {0.33f, 0.33f, 0.33f};
    private static final float[] RULE = {0.70f, 0.70f, 0.72f};
    private static final float[] HEADER_FILL = {0.91f, 0.91f, 0.94f};
    private static final float[] STRIPE_FILL = {0.97f, 0.97f, 0.98f};

    private final PDDocument document = new PDDocument();
    private final DocumentFonts.Lease fonts;
    private final String title;
    private final String subject;
    private final String footerLabel;
    private final PDStructureTreeRoot structureRoot = new PDStructureTreeRoot();
    private final PDStructureElement documentElement;
    /** For each page, the structure element that owns each MCID (the index); becomes the parent tree. */
    private final List<List<PDStructureElement>> owners = new ArrayList<>();

    private PDPage page;
    private PDPageContentStream content;
    private float y;

    /**
     * @param title the document's title, shown by readers in the title bar (Info Title and {@code dc:title})
     * @param subject one sentence saying what the document is (Info Subject and {@code dc:description})
     * @param footerLabel the short label printed at the left of every footer
     */
    public AccessiblePdf(String title, String subject, String footerLabel) {
        this.title = clean(title);
        this.subject = clean(subject);
        this.footerLabel = clean(footerLabel);
        this.fonts = DocumentFonts.lease(document);
        document.setVersion(1.7f);
        structureRoot.setParentTree(new PDNumberTreeNode(COSDictionary.class));
        documentElement = new PDStructureElement("Document", structureRoot);
        structureRoot.appendKid(documentElement);
        try {
            newPage();
        } catch (RuntimeException e) {
            close(); // nobody else holds this instance yet: give the fonts back
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------- layout API

    /** The document's main heading (H1). */
    public void title(String text) {
        heading("H1", text, TITLE_SIZE, 10f);
    }

    /** A section heading (H2). */
    public void heading(String text) {
        heading("H2", text, HEADING_SIZE, 6f);
    }

    /** A sub-section heading (H3). */
    public void subheading(String text) {
        heading("H3", text, SUBHEADING_SIZE, 4f);
    }

    /** A paragraph wrapped to the text width; a blank line in the text starts a new paragraph. */
    public void paragraph(String text) {
        for (String part : clean(text, true).split("\n\\s*\n")) {
            block("P", part, fonts.regular(), BODY_SIZE, TEXT, LEFT, WIDTH);
            y -= BODY_SIZE * 0.5f;
        }
    }

    /** A paragraph in bold: the one sentence a reader must not miss. */
    public void strongParagraph(String text) {
        block("P", clean(text, true), fonts.bold(), BODY_SIZE, TEXT, LEFT, WIDTH);
        y -= BODY_SIZE * 0.5f;
    }

    /** A small grey paragraph (notes, legal mentions). */
    public void note(String text) {
        block("P", clean(text, true), fonts.regular(), TABLE_SIZE, GREY_TEXT, LEFT, WIDTH);
        y -= TABLE_SIZE * 0.5f;
    }

    /** "Key\u00a0: value" on one line, key in bold in a column of its own, value wrapped beside it. */
    public void keyValue(String key, String value) {
        String label = clean(key) + "\u00a0:";
        List<String> keyLines = wrap(label, fonts.bold(), BODY_SIZE, KEY_WIDTH - 8f);
        List<String> valueLines = wrap(clean(value, true), fonts.regular(), BODY_SIZE, WIDTH - KEY_WIDTH);
        float leading = BODY_SIZE * LEADING;
        ensureRoom(Math.max(keyLines.size(), valueLines.size()) * leading);
        PDStructureElement paragraph = element("P", documentElement);
        float top = y;
        for (int i = 0; i < keyLines.size(); i++) {
            text(paragraph, keyLines.get(i), fonts.bold(), BODY_SIZE, TEXT, LEFT, top - i * leading);
        }
        for (int i = 0; i < valueLines.size(); i++) {
            text(paragraph, valueLines.get(i), fonts.regular(), BODY_SIZE, TEXT, LEFT + KEY_WIDTH, top - i * leading);
        }
        y = top - Math.max(keyLines.size(), valueLines.size()) * leading - 2f;
    }

    /** A bulleted list (L, LI, Lbl, LBody); each item wraps under its own first word. */
    public void bulletList(List<String> items) {
        PDStructureElement list = element("L", documentElement);
        PDListAttributeObject numbering = new PDListAttributeObject();
        numbering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
        list.addAttribute(numbering);
        float leading = BODY_SIZE * LEADING;
        for (String item : items) {
            List<String> lines = wrap(clean(item, true), fonts.regular(), BODY_SIZE, WIDTH - BULLET_INDENT);
            ensureRoom(Math.min(lines.size(), 2) * leading);
            PDStructureElement listItem = element("LI", list);
            PDStructureElement label = element("Lbl", listItem);
            PDStructureElement body = element("LBody", listItem);
            text(label, "\u2022", fonts.regular(), BODY_SIZE, TEXT, LEFT + 3f, y);
            for (String line : lines) {
                ensureRoom(leading);
                text(body, line, fonts.regular(), BODY_SIZE, TEXT, LEFT + BULLET_INDENT, y);
                y -= leading;
            }
            y -= 1.5f;
        }
        y -= BODY_SIZE * 0.5f;
    }

    /**
     * A table with one header row, repeated (as an artifact) at the top of every page the table runs onto. Each row
     * is kept on one page; its cells wrap within their column.
     */
    public void table(List<Column> columns, List<List<String>> rows) {
        float[] widths = new float[columns.size()];
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).width() / total;
        }
        float leading = TABLE_SIZE * LEADING;
        List<List<String>> headerLines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            headerLines.add(wrap(clean(columns.get(i).header()), fonts.bold(), TABLE_SIZE, widths[i] - 2 * CELL_PADDING));
        }
        float headerHeight = height(headerLines, leading);

        PDStructureElement table = element("Table", documentElement);
        PDStructureElement head = element("THead", table);
        PDStructureElement headerRow = element("TR", head);
        List<PDStructureElement> headerCells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            PDStructureElement cell = element("TH", headerRow);
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            cell.addAttribute(scope);
            headerCells.add(cell);
        }
        ensureRoom(headerHeight + (rows.isEmpty() ? 0 : leading + 2 * CELL_PADDING));
        tableRow(headerCells, columns, widths, headerLines, headerHeight, HEADER_FILL, true, leading);

        PDStructureElement body = element("TBody", table);
        int index = 0;
        for (List<String> row : rows) {
            List<List<String>> cellLines = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String value = i < row.size() ? clean(row.get(i), true) : "";
                cellLines.add(wrap(value, fonts.regular(), TABLE_SIZE, widths[i] - 2 * CELL_PADDING));
            }
            float rowHeight = height(cellLines, leading);
            if (y - rowHeight < BOTTOM) {
                newPage();
                tableRow(null, columns, widths, headerLines, headerHeight, HEADER_FILL, true, leading);
            }
            PDStructureElement tr = element("TR", body);
            List<PDStructureElement> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(element("TD", tr));
            }
            tableRow(cells, columns, widths, cellLines, rowHeight, index++ % 2 == 1 ? STRIPE_FILL : null, false, leading);
        }
        y -= BODY_SIZE;
    }

    /** Vertical space, in points. */
    public void space(float points) {
        y -= points;
    }

    // ---------------------------------------------------------------------------------------------- finishing

    /** Adds the footers, the parent tree and the metadata; returns the PDF. The instance cannot be used after. */
    public byte[] finish() {
        try {
            content.close();
            content = null;
            int pageCount = document.getNumberOfPages();
            for (int i = 0; i < pageCount; i++) {
                footer(document.getPage(i), i + 1, pageCount);
            }
            parentTree();
            catalog();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try (fonts; document) {
            if (content != null) {
                content.close();
                content = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- drawing

    private void heading(String type, String text, float size, float spaceAfter) {
        List<String> lines = wrap(clean(text), fonts.bold(), size, WIDTH);
        float leading = size * 1.25f;
        y -= size * 0.6f;
        // Keep the heading with at least two lines of what follows.
        ensureRoom(lines.size() * leading + 2 * BODY_SIZE * LEADING + spaceAfter);
        PDStructureElement heading = element(type, documentElement);
        for (String line : lines) {
            text(heading, line, fonts.bold(), size, BLUE, LEFT, y);
            y -= leading;
        }
        y -= spaceAfter;
    }

    private void block(String type, String text, PDFont font, float size, float[] colour, float x, float width) {
        List<String> lines = wrap(text, font, size, width);
        float leading = size * LEADING;
        ensureRoom(Math.min(lines.size(), 2) * leading); // no lone first line at the foot of a page
        PDStructureElement element = element(type, documentElement);
        for (String line : lines) {
            ensureRoom(leading);
            text(element, line, font, size, colour, x, y);
            y -= leading;
        }
    }

    /** Draws one table row whose top is at {@code y}; {@code cells} null draws the repeated header, as artifact. */
    private void tableRow(List<PDStructureElement> cells, List<Column> columns, float[] widths,
            List<List<String>> lines, float rowHeight, float[] fill, boolean header, float leading) {
        try {
            float top = y;
            artifact(() -> {
                if (fill != null) {
                    content.setNonStrokingColor(fill[0], fill[1], fill[2]);
                    content.addRect(LEFT, top - rowHeight, WIDTH, rowHeight);
                    content.fill();
                }
                content.setStrokingColor(RULE[0], RULE[1], RULE[2]);
                content.setLineWidth(header ? 0.9f : 0.4f);
                content.moveTo(LEFT, top - rowHeight);
                content.lineTo(RIGHT, top - rowHeight);
                content.stroke();
            });
            PDFont font = header ? fonts.bold() : fonts.regular();
            float x = LEFT;
            for (int i = 0; i < columns.size(); i++) {
                float lineTop = top - CELL_PADDING;
                for (String line : lines.get(i)) {
                    float lineX = x + CELL_PADDING;
                    if (columns.get(i).align() == Align.RIGHT) {
                        lineX = x + widths[i] - CELL_PADDING - width(line, font, TABLE_SIZE);
                    }
                    text(cells == null ? null : cells.get(i), line, font, TABLE_SIZE, TEXT, lineX, lineTop);
                    lineTop -= leading;
                }
                x += widths[i];
            }
            y = top - rowHeight;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footer(PDPage target, int number, int count) throws IOException {
        try (PDPageContentStream footer = new PDPageContentStream(document, target, AppendMode.APPEND, true, true)) {
            footer.beginMarkedContent(COSName.ARTIFACT);
            footer.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            footer.setLineWidth(0.5f);
            footer.moveTo(LEFT, FOOTER_RULE);
            footer.lineTo(RIGHT, FOOTER_RULE);
            footer.stroke();
            String pageLabel = "Page " + number + " sur " + count;
            float labelWidth = width(pageLabel, fonts.regular(), FOOTER_SIZE);
            String left = fit(footerLabel, fonts.regular(), FOOTER_SIZE, WIDTH - labelWidth - 20f);
            footer.setNonStrokingColor(GREY_TEXT[0], GREY_TEXT[1], GREY_TEXT[2]);
            footer.beginText();
            footer.setFont(fonts.regular(), FOOTER_SIZE);
            footer.newLineAtOffset(LEFT, FOOTER_BASELINE);
            footer.showText(left);
            footer.newLineAtOffset(WIDTH - labelWidth, 0);
            footer.showText(pageLabel);
            footer.endText();
            footer.endMarkedContent();
        }
    }

    /**
     * Draws one line whose top is at {@code top}, as real content owned by {@code owner}, or as an artifact when
     * {@code owner} is null.
     */
    private void text(PDStructureElement owner, String line, PDFont font, float size, float[] colour, float x, float top) {
        if (line.isEmpty()) {
            return;
        }
        try {
            if (owner == null) {
                content.beginMarkedContent(COSName.ARTIFACT);
            } else {
                content.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), mark(owner));
            }
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.newLineAtOffset(x, top - size * ASCENT);
            content.showText(line);
            content.endText();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    // ---------------------------------------------------------------------------------------------- structure

    private PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Gives the next MCID of the current page to {@code owner} and records it for the parent tree. */
    private int mark(PDStructureElement owner) {
        List<PDStructureElement> pageOwners = owners.get(owners.size() - 1);
        int mcid = pageOwners.size();
        pageOwners.add(owner);
        COSDictionary ownerPage = owner.getCOSObject().getCOSDictionary(COSName.PG);
        if (ownerPage == null) {
            owner.setPage(page);
            owner.appendKid(mcid);
        } else if (ownerPage == page.getCOSObject()) {
            owner.appendKid(mcid);
        } else {
            // The element began on an earlier page: point at this page explicitly.
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            owner.appendKid(reference);
        }
        return mcid;
    }

    private void parentTree() {
        COSArray numbers = new COSArray();
        for (int i = 0; i < owners.size(); i++) {
            PDPage target = document.getPage(i);
            target.setStructParents(i);
            COSArray mcids = new COSArray();
            for (PDStructureElement owner : owners.get(i)) {
                mcids.add(owner);
            }
            numbers.add(COSInteger.get(i));
            numbers.add(mcids);
        }
        COSDictionary tree = structureRoot.getParentTree().getCOSObject();
        tree.setItem(COSName.NUMS, numbers);
        structureRoot.setParentTreeNextKey(owners.size());
    }

    // ---------------------------------------------------------------------------------------------- pages

    private void ensureRoom(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE);
            // Tab order follows the structure (PDF/UA, 7.18.3).
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            document.addPage(page);
            content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, true);
            owners.add(new ArrayList<>());
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- catalogue

    private void catalog() throws IOException {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris")).truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(now));
        info.setModificationDate(GregorianCalendar.from(now));

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setStructureTreeRoot(structureRoot);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        PDMetadata metadata = new PDMetadata(document,
                new ByteArrayInputStream(Xmp.packet(title, subject, PRODUCER, now).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
    }

    // ---------------------------------------------------------------------------------------------- text

    /** Lines of at most {@code width} points; breaks at spaces only, so U+00A0 and U+202F keep numbers whole. */
    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        float space = width(" ", font, size);
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, font, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (wordWidth > width) { // a word longer than the line (URL, reference): cut it
                    String head = cut(word, font, size, width);
                    lines.add(head);
                    word = word.substring(head.length());
                    wordWidth = width(word, font, size);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where to cut a word too long for the line: after its last hyphen or slash that fits, else anywhere. */
    private static String cut(String word, PDFont font, float size, float width) {
        String head = fit(word, font, size, width);
        int breakAfter = Math.max(head.lastIndexOf('-'), head.lastIndexOf('/'));
        return breakAfter > 0 && breakAfter < word.length() - 1 ? head.substring(0, breakAfter + 1) : head;
    }

    /** The longest prefix of {@code text} (at least one character) that fits in {@code width}. */
    private static String fit(String text, PDFont font, float size, float width) {
        int end = text.length();
        while (end > 1 && width(text.substring(0, end), font, size) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end);
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float height(List<List<String>> cellLines, float leading) {
        int lines = cellLines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(lines, 1) * leading + 2 * CELL_PADDING;
    }

    private static String clean(String text) {
        return clean(text, false);
    }

    /**
     * Null becomes empty; tabs and other controls become spaces (new lines are kept when {@code keepLines});
     * characters the font cannot draw become "?".
     */
    static String clean(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append(keepLines ? '\n' : ' ');
            } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) && codePoint != ' ') {
                out.append(' ');
            } else if (DocumentFonts.supports(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString().strip();
    }

    private static byte[] readProfile() {
        try (InputStream in = AccessiblePdf.class.getResourceAsStream("/documents/sRGB.icc")) {
            if (in == null) {
                throw new IllegalStateException("Profil ICC absent du class path\u00a0: /documents/sRGB.icc");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
