package fr.amiengine.campaign;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Every resource sits at /api with full method paths: Quarkus REST routes a request inside one class only.
@Path("/api")
@Tag(name = "Campagnes")
public class CampaignResource {

    @Inject
    CampaignService service;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Créer une campagne (brouillon)\u00a0; elle s’ouvre et se ferme à ses dates")
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire") CampaignRequest request,
                           UriInfo uri) {
        CampaignView created = service.create(current.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("campaigns")
    @PermitAll
    @Operation(summary = "Les campagnes ouvertes ou passées (et les brouillons pour les administrateurs)")
    public List<CampaignView> list() {
        return service.list(current.get());
    }

    @GET
    @Path("campaigns/{code}")
    @PermitAll
    @Operation(summary = "Une campagne et sa grille publiée")
    public CampaignView get(@PathParam("code") String code) {
        return service.get(current.get(), code);
    }

    @PUT
    @Path("campaigns/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Modifier une campagne tant qu’elle n’est pas ouverte")
    public CampaignView update(@PathParam("code") String code,
                               @Valid @NotNull(message = "Le corps de la requête est obligatoire") CampaignRequest request) {
        return service.update(current.get(), code, request);
    }
}
