package fr.amiengine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as an XLSX workbook, one sheet each, with FastExcel: the header line in bold, frozen and filtered,
 * numbers as numbers, instants as dates in Paris time. Texts are inline strings and the rows are flushed to the
 * stream as they go, so a campaign of a thousand files never sits whole in memory.
 */
final class XlsxExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FLUSH_EVERY = 200;

    private XlsxExport() {
    }

    static void write(List<ExportTable> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "AMI Engine", "1.0");
        for (ExportTable table : tables) {
            sheet(workbook.newWorksheet(table.name()), table);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, ExportTable table) throws IOException {
        List<ExportTable.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
            sheet.inlineString(0, c, columns.get(c).header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().wrapText(true).verticalAlignment("top").set();
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns.size() - 1);
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        sheet.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            sheet.inlineString(r, c, Cells.neutralise(text));
        } else if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer || value instanceof Double) {
            sheet.value(r, c, (Number) value);
        } else if (value instanceof Instant instant) {
            sheet.value(r, c, Cells.paris(instant));
            sheet.style(r, c).format(Cells.EXCEL_DATE_TIME).set();
        } else if (value instanceof Boolean flag) {
            sheet.inlineString(r, c, Cells.yesNo(flag));
        } else {
            throw new IllegalArgumentException("valeur d’export non prise en charge\u00a0: " + value.getClass().getSimpleName());
        }
    }
}
