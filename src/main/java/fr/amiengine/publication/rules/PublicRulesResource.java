package fr.amiengine.publication.rules;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rules of a campaign's selection, public from the call's opening (CRPA L312-1-3), for anybody. */
@Path("/api")
@PermitAll
@Tag(name = "Données ouvertes")
public class PublicRulesResource {

    @Inject
    RulesService rules;

    @GET
    @Path("public/campaigns/{code}/rules")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les règles de la sélection, publiées à l’ouverture de l’appel et figées (grille, agrégation, "
            + "départage, contraintes et méthode de sélection, évaluation\u00a0; le comité une fois les décisions définitives\u00a0; "
            + "schéma\u00a0: /schemas/rules.schema.json)")
    public Response json(@PathParam("code") String code,
                         @Parameter(description = "Une version publiée (1\u00a0: à l’ouverture\u00a0; 2\u00a0: avec le comité)\u00a0; la dernière par défaut")
                         @QueryParam("version") Integer version,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        RulesService.Published published = rules.json(code, version);
        String etag = "\"" + code + "-" + published.version() + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(published.json().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        return response.header("ETag", etag).header("Cache-Control", "public, max-age=60")
                .header("Link", "<" + RulesDocument.SCHEMA + ">; rel=\"describedby\"").build();
    }
}
