package fr.amiengine.admissibility;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.submission.CandidatureView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Recevabilité")
public class AdmissibilityResource {

    @Inject
    AdmissibilityService service;

    @Inject
    CurrentActor current;

    @POST
    @Path("candidatures/{ref}/admissibility")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Décider de la recevabilité\u00a0: recevable, irrecevable (motivée) ou correction demandée (avec échéance)")
    public CandidatureView decide(@PathParam("ref") String reference,
                                  @Valid @NotNull(message = "Le corps de la requête est obligatoire") AdmissibilityRequest request) {
        return service.decide(current.get(), reference, request);
    }
}
