package fr.amiengine.publication;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads RFC 4180 CSV with « ; » (with the library the application writes it with) and checks rows against a Frictionless Table Schema (required, enum, pattern, types). */
final class Csv {

    private Csv() {
    }

    /** The records of a CSV text without its byte order mark, read by FastCSV (strict RFC 4180, « ; »). */
    static List<List<String>> parse(String text) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> violations(JsonNode schema, List<List<String>> rows) {
        List<String> problems = new ArrayList<>();
        JsonNode fields = schema.get("fields");
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != fields.size()) {
                problems.add("ligne " + r + "\u00a0: " + row.size() + " colonnes pour " + fields.size());
                continue;
            }
            for (int c = 0; c < fields.size(); c++) {
                JsonNode field = fields.get(c);
                String value = row.get(c);
                String where = "ligne " + r + ", " + field.get("name").asText() + " = « " + value + " »";
                JsonNode constraints = field.path("constraints");
                if (value.isEmpty()) {
                    if (constraints.path("required").asBoolean(false)) {
                        problems.add(where + " : obligatoire");
                    }
                    continue;
                }
                switch (field.get("type").asText()) {
                    case "integer" -> {
                        if (!value.matches("-?[0-9]+")) {
                            problems.add(where + " : entier attendu");
                        }
                    }
                    case "boolean" -> {
                        if (!field.get("trueValues").toString().contains('"' + value + '"')
                                && !field.get("falseValues").toString().contains('"' + value + '"')) {
                            problems.add(where + " : booléen attendu");
                        }
                    }
                    case "datetime" -> {
                        try {
                            java.time.Instant.parse(value);
                        } catch (java.time.format.DateTimeParseException e) {
                            problems.add(where + " : date et heure ISO 8601 attendues");
                        }
                    }
                    default -> {
                    }
                }
                if (constraints.has("enum") && !constraints.get("enum").toString().contains('"' + value + '"')) {
                    problems.add(where + " : hors de la liste");
                }
                if (constraints.has("pattern") && !Pattern.matches(constraints.get("pattern").asText(), value)) {
                    problems.add(where + " : ne suit pas le motif");
                }
            }
        }
        return problems;
    }
}
