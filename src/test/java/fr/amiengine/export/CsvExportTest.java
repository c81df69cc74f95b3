package fr.amiengine.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV form of the exports and the neutralisation of formulas, without the application. */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 1 23 45 67 89", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void aTextASpreadsheetWouldEvaluateGetsALeadingApostrophe(String text) {
        assertThat(Cells.neutralise(text)).isEqualTo("'" + text);
        assertThat(Cells.csv(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinaryTextIsLeftAsTyped() {
        assertThat(Cells.neutralise("Analyse = courriers")).isEqualTo("Analyse = courriers");
        assertThat(Cells.neutralise("'déjà protégé")).isEqualTo("'déjà protégé");
        assertThat(Cells.neutralise("")).isEmpty();
    }

    @Test
    void numbersTakeADecimalCommaAndInstantsTheTimeInParis() {
        assertThat(Cells.csv(new BigDecimal("71.25"))).isEqualTo("71,25");
        assertThat(Cells.csv(500_000L)).isEqualTo("500000");
        assertThat(Cells.csv(Instant.parse("2025-05-30T16:00:00Z"))).isEqualTo("2025-05-30 18:00:00");
        assertThat(Cells.csv(Instant.parse("2025-01-15T09:30:00Z"))).isEqualTo("2025-01-15 10:30:00");
        assertThat(Cells.csv(true)).isEqualTo("Oui");
        assertThat(Cells.csv(null)).isEmpty();
    }

    @Test
    void writesUtf8WithBomSemicolonsCrlfAndRfc4180Quoting() throws Exception {
        ExportTable table = new ExportTable("Essai", List.of(new ExportTable.Column("Nom", 10), new ExportTable.Column("Note", 10),
                new ExportTable.Column("Texte", 10)), List.of(
                Arrays.asList("Élise", new BigDecimal("4.5"), "a;b"),
                Arrays.asList("dit \"oui\"", null, "ligne 1\nligne 2"),
                Arrays.asList("=cmd|' /C calc'!A0", 3, "fin")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvExport.write(table, out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Nom;Note;Texte\r\n"
                        + "Élise;\"4,5\";\"a;b\"\r\n"
                        + "\"dit \"\"oui\"\"\";;\"ligne 1\nligne 2\"\r\n"
                        + "'=cmd|' /C calc'!A0;3;fin\r\n");
    }

    @Test
    void quotesEveryCellHoldingACommaOrAQuoteSoThatNoSpreadsheetSplitsIt() throws Exception {
        // given cells a spreadsheet splitting on commas would cut, one of them then starting with « = »
        ExportTable table = new ExportTable("Essai", List.of(new ExportTable.Column("Nom", 10), new ExportTable.Column("Texte", 10)),
                List.of(Arrays.asList("Dupont, =HYPERLINK(http://x)", "il a dit \"oui\""),
                        Arrays.asList("=1+1", "a;b\r\nc")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when it is written
        CsvExport.write(table, out);

        // then every such cell is quoted, and a CSV parser reads back exactly the cells, formulas neutralised
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"Dupont, =HYPERLINK(http://x)\"");
        List<List<String>> rows = parse(text);
        assertThat(rows).containsExactly(List.of("Nom", "Texte"),
                List.of("Dupont, =HYPERLINK(http://x)", "il a dit \"oui\""),
                List.of("'=1+1", "a;b\r\nc"));
    }

    static List<List<String>> parse(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(csv)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
