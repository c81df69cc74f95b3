package fr.amiengine.shared;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way this application writes CSV, for the administrators' exports and the open data alike: UTF-8 with a
 * byte order mark and {@code ;} between cells, so that French spreadsheets open it without an import dialog; CRLF
 * after every record; RFC 4180 quoting by FastCSV (a cell holding {@code ;}, a double quote or a line break is
 * quoted, its quotes doubled).
 * <p>
 * A cell holding a comma is quoted too: a spreadsheet set to split on commas would otherwise cut it in two, and the
 * second half could start with {@code =}. What a cell says is the caller's business: this class never changes a
 * value (the exports neutralise formulas before, the open data never does).
 */
public final class CsvFiles {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** Quotes, on top of what RFC 4180 requires, every value that holds a comma. */
    private static final QuoteStrategy COMMAS_TOO = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return value.indexOf(',') >= 0;
        }
    };

    private CsvFiles() {
    }

    /** Writes the byte order mark, then returns a writer of records; {@link CsvWriter#flush()} when done. */
    public static CsvWriter open(Writer out) throws IOException {
        out.write('\uFEFF');
        return CsvWriter.builder()
                .fieldSeparator(';')
                .quoteCharacter('"')
                .lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(COMMAS_TOO)
                .build(out);
    }
}
