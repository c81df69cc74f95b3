package fr.amiengine.observatory;

import fr.amiengine.shared.CsvFiles;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open data of the observatory of deployments, for anybody: JSON and CSV, of every published campaign or one. */
@Path("/api")
@PermitAll
@Tag(name = "Données ouvertes")
public class ObservatoryResource {

    @Inject
    ObservatoryService observatory;

    @GET
    @Path("public/observatory")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "L’observatoire des déploiements des solutions retenues (retours approuvés seulement\u00a0; schéma\u00a0: "
            + "/schemas/observatory.schema.json)\u00a0; ?campaign=CODE pour une seule campagne")
    public Response json(@QueryParam("campaign") String campaign) {
        return Response.ok(observatory.document(blankToNull(campaign)), MediaType.APPLICATION_JSON)
                .header("Link", "<" + ObservatoryDocument.SCHEMA + ">; rel=\"describedby\"")
                .header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("public/observatory.csv")
    @Produces(CsvFiles.MEDIA_TYPE)
    @Operation(summary = "L’observatoire en CSV, une ligne par solution (UTF-8, «\u00a0;\u00a0», en-tête\u00a0; schéma\u00a0: "
            + "/schemas/observatory.tableschema.json)")
    public Response csv(@QueryParam("campaign") String campaign) {
        ObservatoryDocument document = observatory.document(blankToNull(campaign));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            ObservatoryCsv.write(document, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), CsvFiles.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"observatoire.csv\"")
                .header("Cache-Control", "public, max-age=60").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
