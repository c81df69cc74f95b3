package fr.amiengine.publication.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.amiengine.publication.PanoramaDocument.Contact;
import fr.amiengine.publication.PanoramaDocument.Organisation;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The open-data CSV gives back, cell for cell, what was published: quoted per RFC 4180, never altered. */
class PanoramaCsvTest {

    @Test
    void keepsEveryValueAsPublishedAndQuotesWhatASpreadsheetWouldSplit() throws Exception {
        // given a solution whose texts hold commas, quotes, a leading « = » and a phone number
        Solution solution = new Solution("AMI-0001", "Lex, «\u00a0IA\u00a0»", new Organisation("Alpha \"SAS\"", "123456782"),
                new Ref("DOCUMENTS", "Documents"), new Ref("GENERAL", "Général"), "=1+1 n’est pas une formule ici",
                new Ref("PRODUCTION", "En production"), List.of(new Ref("SAAS", "SaaS")), new Ref("FRANCE", "En France"),
                "REST, GraphQL", "OIDC", "ProConnect", true, List.of(), new Ref("FULL", "Totale"), "-", "1.0",
                "https://alpha.example", new Contact("Camille", "c@alpha.example", "+33 1 23 45 67 89"),
                Instant.parse("2025-06-02T10:00:00Z"), List.of(), List.of());
        PanoramaDocument document = new PanoramaDocument(PanoramaDocument.SCHEMA, null, 1, Instant.now(), 1, List.of(solution), List.of());
        StringWriter out = new StringWriter();

        // when it is written
        PanoramaCsv.write(document, out);

        // then a CSV parser reads back each value as it is, and a cell with a comma is quoted
        String text = out.toString().substring(1);
        assertThat(text).contains(";\"REST, GraphQL\";");
        List<List<String>> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text)) {
            rows = reader.stream().map(CsvRecord::getFields).toList();
        }
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertThat(rows).hasSize(2);
        assertThat(row.get(header.indexOf("nom"))).isEqualTo("Lex, «\u00a0IA\u00a0»");
        assertThat(row.get(header.indexOf("organisation"))).isEqualTo("Alpha \"SAS\"");
        assertThat(row.get(header.indexOf("description"))).isEqualTo("=1+1 n’est pas une formule ici");
        assertThat(row.get(header.indexOf("references_publiques"))).isEqualTo("-");
        assertThat(row.get(header.indexOf("contact_telephone"))).isEqualTo("+33 1 23 45 67 89");
    }
}
