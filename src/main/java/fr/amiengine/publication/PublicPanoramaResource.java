package fr.amiengine.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open data: the published panorama of a campaign, in JSON and CSV, for anybody. */
@Path("/api/public/campaigns/{code}")
@PermitAll
@Tag(name = "Données ouvertes")
public class PublicPanoramaResource {

    @Inject
    PublicPanorama panorama;

    @GET
    @Path("panorama")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le panorama publié des solutions retenues (schéma : /schemas/panorama.schema.json)")
    public Response json(@PathParam("code") String code) {
        PanoramaDocument document = panorama.document(code);
        return Response.ok(document).header("Link", "<" + PanoramaDocument.SCHEMA + ">; rel=\"describedby\"")
                .header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("panorama.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Le panorama publié en CSV (UTF-8, « ; », en-tête ; schéma : /schemas/panorama.tableschema.json)")
    public Response csv(@PathParam("code") String code) {
        PanoramaDocument document = panorama.document(code);
        StreamingOutput body = out -> PanoramaCsv.write(document,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-panorama.csv\"")
                .header("Cache-Control", "public, max-age=60").build();
    }
}
