package fr.amiengine.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV the way French spreadsheets open it without an import dialog: UTF-8 with a byte-order mark,
 * {@code ;} between cells, CRLF after every line, a header line, and RFC 4180 quoting (a cell holding {@code ;},
 * a double quote or a line break is quoted, its quotes doubled). Rows go straight to the stream.
 */
final class CsvExport {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    private CsvExport() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        writer.write('\uFEFF');
        line(writer, table.columns().stream().map(c -> (Object) c.header()).toList());
        for (List<Object> row : table.rows()) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quote(Cells.csv(values.get(i))));
        }
        writer.write(LINE_END);
    }

    static String quote(String text) {
        boolean needsQuotes = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
