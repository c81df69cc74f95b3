package fr.amiengine.publication.panorama;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.shared.CsvFiles;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The panorama as CSV, written by {@link CsvFiles} (BOM, {@code ;}, CRLF, a header line, RFC 4180 quotes, commas
 * quoted). Columns and their types are the Table Schema {@code /schemas/panorama.tableschema.json}.
 * <p>
 * Open data is data: every value is written exactly as published, a phone number {@code +33 …} or a text starting with
 * {@code =} included. Neutralising formulas (a leading apostrophe) would alter the data for every program that reads
 * it, and would break the Table Schema's patterns; it is done only in the administrators' spreadsheet exports.
 */
public final class PanoramaCsv {

    record Column(String name, Function<Solution, String> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("reference", Solution::reference),
            new Column("nom", Solution::name),
            new Column("organisation", s -> s.organisation().name()),
            new Column("siren", s -> s.organisation().siren()),
            new Column("code_famille", s -> code(s.family())),
            new Column("famille", s -> PanoramaDocument.label(s.family())),
            new Column("code_volet", s -> code(s.track())),
            new Column("volet", s -> PanoramaDocument.label(s.track())),
            new Column("description", Solution::summary),
            new Column("maturite", s -> code(s.maturity())),
            new Column("modes_deploiement", s -> codes(s.deploymentModes())),
            new Column("hebergement", s -> code(s.hosting())),
            new Column("interfaces", Solution::apis),
            new Column("standards", Solution::standards),
            new Column("federation_identite", Solution::identityFederation),
            new Column("conforme_rgpd", s -> s.gdprCompliant() == null ? "" : s.gdprCompliant() ? "oui" : "non"),
            new Column("qualifications_securite", s -> codes(s.securityQualifications())),
            new Column("accessibilite", s -> code(s.accessibility())),
            new Column("references_publiques", Solution::publicReferences),
            new Column("version", Solution::version),
            new Column("site_web", Solution::website),
            new Column("contact_nom", s -> s.contact() == null ? null : s.contact().name()),
            new Column("contact_courriel", s -> s.contact() == null ? null : s.contact().email()),
            new Column("contact_telephone", s -> s.contact() == null ? null : s.contact().phone()),
            new Column("mise_a_jour", s -> s.updatedAt() == null ? null : s.updatedAt().toString()),
            new Column("retours_deploiement", s -> String.valueOf(s.feedbacks().size())));

    private PanoramaCsv() {
    }

    public static void write(PanoramaDocument document, Writer out) throws IOException {
        CsvWriter csv = CsvFiles.open(out);
        csv.writeRecord(COLUMNS.stream().map(Column::name).toList());
        for (Solution s : document.solutions()) {
            csv.writeRecord(COLUMNS.stream().map(c -> c.value().apply(s)).toList());
        }
        csv.flush();
    }

    private static String code(Ref ref) {
        return ref == null ? null : ref.code();
    }

    private static String codes(List<Ref> refs) {
        return refs.isEmpty() ? null : String.join("|", refs.stream().map(Ref::code).toList());
    }
}
