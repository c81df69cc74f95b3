package fr.amiengine.publication.panorama;

import fr.amiengine.publication.PanoramaDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open data: the published panorama of a campaign, in JSON and CSV, for anybody. */
@Path("/api")
@PermitAll
@Tag(name = "Données ouvertes")
public class PublicPanoramaResource {

    @Inject
    PublicPanorama panorama;

    @GET
    @Path("public/campaigns/{code}/panorama")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le panorama publié des solutions retenues (schéma\u00a0: /schemas/panorama.schema.json)")
    public Response json(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return answer(panorama.json(code), ifNoneMatch, MediaType.APPLICATION_JSON)
                .header("Link", "<" + PanoramaDocument.SCHEMA + ">; rel=\"describedby\"").build();
    }

    @GET
    @Path("public/campaigns/{code}/panorama.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Le panorama publié en CSV (UTF-8, «\u00a0;\u00a0», en-tête\u00a0; schéma\u00a0: /schemas/panorama.tableschema.json)")
    public Response csv(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return answer(panorama.csv(code), ifNoneMatch, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-panorama.csv\"").build();
    }

    /** 304 when the client already has this publication (and these feedbacks); the bytes otherwise. */
    private static Response.ResponseBuilder answer(PublicPanorama.Representation representation, String ifNoneMatch, String type) {
        Response.ResponseBuilder response = representation.etag().equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(representation.body(), type);
        return response.header("ETag", representation.etag()).header("Cache-Control", "public, max-age=60");
    }
}
