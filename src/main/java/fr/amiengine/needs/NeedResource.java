package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.CsvFiles;
import fr.amiengine.shared.Enums;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The census of needs: its administrations declare, edit and close their needs ({@code /api/me/needs}), the
 * administrators read the census, and everybody its aggregated, anonymous open data.
 */
@Path("/api")
@Tag(name = "Recensement des besoins")
public class NeedResource {

    @Inject
    CurrentActor current;

    @Inject
    NeedService service;

    @Inject
    NeedCensusService census;

    @POST
    @Path("me/needs")
    @Authenticated
    @Operation(summary = "Déclarer un besoin au nom de son administration (vérifiée)\u00a0; référence BES-0001")
    public Response declare(@Valid @NotNull(message = "Le corps de la requête est obligatoire") NeedRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.declare(current.get(), request)).build();
    }

    @GET
    @Path("me/needs")
    @Authenticated
    @Operation(summary = "Les besoins de son administration, les ouverts d’abord")
    public List<NeedView> mine() {
        return service.mine(current.get());
    }

    @GET
    @Path("me/needs/{ref}")
    @Authenticated
    @Operation(summary = "Un besoin de son administration, notes internes comprises")
    public NeedView one(@PathParam("ref") String reference) {
        return service.one(current.get(), reference);
    }

    @PUT
    @Path("me/needs/{ref}")
    @Authenticated
    @Operation(summary = "Modifier un besoin ouvert, avec la version lue (409 si elle n’est plus la dernière)")
    public NeedView edit(@PathParam("ref") String reference,
                         @Valid @NotNull(message = "Le corps de la requête est obligatoire") NeedRequest request) {
        return service.edit(current.get(), reference, request);
    }

    @POST
    @Path("me/needs/{ref}/close")
    @Authenticated
    @Operation(summary = "Clore un besoin\u00a0: il sort du recensement public et n’est plus modifiable")
    public NeedView close(@PathParam("ref") String reference) {
        return service.close(current.get(), reference);
    }

    @GET
    @Path("needs/families")
    @Authenticated
    @Operation(summary = "Les familles fonctionnelles des panoramas publiés, parmi lesquelles un besoin choisit la sienne")
    public List<NeedFamily> families() {
        return service.families();
    }

    @GET
    @Path("needs/census")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le recensement des besoins\u00a0: décomptes par famille, ministère, type d’administration et contrainte, "
            + "et la liste filtrée")
    public NeedCensus adminCensus(@QueryParam("family") String family, @QueryParam("ministry") String ministry,
                                  @QueryParam("administrationType") String type, @QueryParam("state") String state) {
        return census.census(family, ministry, Enums.parse(AdministrationType.class, "administrationType", type),
                Enums.parse(NeedState.class, "state", state));
    }

    @GET
    @Path("public/needs/census")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le recensement public des besoins ouverts, agrégé et anonyme (schéma\u00a0: /schemas/needs-census.schema.json)")
    public Response publicCensus() {
        return Response.ok(census.publicCensus(), MediaType.APPLICATION_JSON)
                .header("Link", "<" + PublicNeedCensus.SCHEMA + ">; rel=\"describedby\"")
                .header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("public/needs/census.csv")
    @PermitAll
    @Produces(CsvFiles.MEDIA_TYPE)
    @Operation(summary = "Le recensement public des besoins ouverts en CSV (UTF-8, «\u00a0;\u00a0»\u00a0; schéma\u00a0: "
            + "/schemas/needs-census.tableschema.json)")
    public Response publicCensusCsv() {
        return Response.ok(census.csv(census.publicCensus()), CsvFiles.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"recensement-besoins.csv\"")
                .header("Link", "<" + PublicNeedCensus.TABLE_SCHEMA + ">; rel=\"describedby\"")
                .header("Cache-Control", "public, max-age=60").build();
    }
}
