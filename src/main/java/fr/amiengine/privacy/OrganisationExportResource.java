package fr.amiengine.privacy;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The export of everything held about an organisation (docs/rgpd.md), as a ZIP of JSON and PDFs. */
@Path("/api")
@Authenticated
@Tag(name = "Organisations")
public class OrganisationExportResource {

    public static final String ZIP = "application/zip";

    @Inject
    OrganisationExportService exports;

    @Inject
    CurrentActor current;

    @GET
    @Path("me/organisation/export")
    @Produces(ZIP)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Exporter toutes les données détenues sur mon organisation", description = "Un ZIP\u00a0: "
            + "organisation.json, membres.json, et par dossier candidatures/REF/candidature.json (tous les champs et "
            + "l’historique), ses pièces jointes (pieces-jointes/) et ses courriers (courriers/\u00a0: accusé de réception, "
            + "lettre de décision). 404 quand le compte n’est rattaché à aucune organisation.")
    @APIResponse(responseCode = "200", description = "Le ZIP, nommé donnees-organisation-SIREN.zip",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response mine() {
        return zip(exports.mine(current.get()));
    }

    @GET
    @Path("organisations/{id}/export")
    @Produces(ZIP)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Exporter toutes les données détenues sur une organisation (administrateurs)",
            description = "Le même ZIP que celui que ses membres obtiennent, pour répondre à une demande d’accès.")
    @APIResponse(responseCode = "200", description = "Le ZIP, nommé donnees-organisation-SIREN.zip",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response of(@PathParam("id") Long id) {
        return zip(exports.of(current.get(), id));
    }

    /** The ZIP written to the response as it is produced; no cache keeps a copy of personal data. */
    public static Response zip(OrganisationExportService.Plan plan, OrganisationExportService exports) {
        StreamingOutput body = out -> exports.write(plan, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response zip(OrganisationExportService.Plan plan) {
        return zip(plan, exports);
    }
}
