package fr.amiengine.identity;

import fr.amiengine.shared.AmiException;
import io.quarkus.security.Authenticated;
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
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Authenticated
@Tag(name = "Organisations")
public class OrganisationResource {

    @Inject
    CurrentActor current;

    @Inject
    OrganisationService service;

    @Inject
    JsonWebToken token;

    @GET
    @Path("me/organisation")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "L’organisation pour laquelle agit le compte connecté")
    public OrganisationView mine() {
        return service.of(current.get())
                .orElseThrow(() -> AmiException.notFound("Votre compte n’est rattaché à aucune organisation."));
    }

    @POST
    @Path("me/organisation")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Déclarer l’organisation (SIREN) pour laquelle le compte candidate")
    public Response declare(@Valid @NotNull(message = "Le corps de la requête est obligatoire") OrganisationRequest request) {
        String email = token.getClaim("email");
        return Response.status(Response.Status.CREATED).entity(service.declare(current.get(), email, request)).build();
    }

    @PUT
    @Path("me/organisation")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Modifier l’organisation du compte\u00a0: raison sociale, SIREN (vérifié à nouveau), adresse, contact")
    public OrganisationView update(@Valid @NotNull(message = "Le corps de la requête est obligatoire") OrganisationUpdate request) {
        return service.update(current.get(), request);
    }

    @GET
    @Path("organisations/administrations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les organisations déclarées comme administrations, à vérifier d’abord")
    public List<OrganisationView> administrations() {
        return service.administrations();
    }

    @POST
    @Path("organisations/{id}/verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Vérifier une administration\u00a0: ses membres pourront signer des retours d’expérience")
    public OrganisationView verify(@PathParam("id") Long id) {
        return service.verify(current.get(), id);
    }
}
