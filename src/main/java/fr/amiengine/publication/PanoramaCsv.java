package fr.amiengine.publication;

import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The panorama as CSV for French spreadsheets: UTF-8 with a byte order mark, {@code ;} between fields, CRLF, a header
 * line, RFC 4180 quotes. Columns and their types are the Table Schema {@code /schemas/panorama.tableschema.json}.
 * A value that a spreadsheet would take for a formula (= + - @ at the start) is prefixed with an apostrophe.
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
        out.write('\uFEFF');
        line(out, COLUMNS.stream().map(Column::name).toList());
        for (Solution s : document.solutions()) {
            line(out, COLUMNS.stream().map(c -> c.value().apply(s)).toList());
        }
        out.flush();
    }

    private static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String code(Ref ref) {
        return ref == null ? null : ref.code();
    }

    private static String codes(List<Ref> refs) {
        return refs.isEmpty() ? null : String.join("|", refs.stream().map(Ref::code).toList());
    }
}
