package fr.amiengine.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.amiengine.shared.CsvFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV through {@link CsvFiles} (BOM, {@code ;}, CRLF, RFC 4180 quotes, commas quoted), each value
 * as {@link Cells#csv} makes it: typed text neutralised against formulas, numbers with a decimal comma. Rows go
 * straight to the stream.
 */
final class CsvExport {

    static final String MEDIA_TYPE = CsvFiles.MEDIA_TYPE;

    private CsvExport() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        CsvWriter csv = CsvFiles.open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeRecord(table.columns().stream().map(ExportTable.Column::header).toList());
        for (List<Object> row : table.rows()) {
            csv.writeRecord(row.stream().map(Cells::csv).toList());
        }
        csv.flush();
    }
}
