package fr.amiengine.export;

import java.util.List;

/**
 * One sheet of an export: its name, its columns with their French headers, and its rows of plain values. A value
 * is a {@link String}, a {@link Number}, an {@link java.time.Instant}, a {@link Boolean} or null; the writers give
 * each its form (decimal comma in CSV, a date cell in XLSX, « Oui » / « Non »).
 */
public record ExportTable(String name, List<Column> columns, List<List<Object>> rows) {

    /** A column: its header and its width in the spreadsheet, in characters. */
    public record Column(String header, int width) {
    }

    public ExportTable {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("une ligne de «\u00a0" + name + "\u00a0» a " + row.size() + " valeurs pour "
                        + columns.size() + " colonnes");
            }
        }
    }
}
