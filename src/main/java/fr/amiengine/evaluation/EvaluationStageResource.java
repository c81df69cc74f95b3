package fr.amiengine.evaluation;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Évaluation")
public class EvaluationStageResource {

    @Inject
    EvaluationStageService service;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns/{code}/evaluation/start")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Lancer l’évaluation d’une campagne close dont toutes les candidatures ont leur recevabilité")
    public Response start(@PathParam("code") String code) {
        service.launch(current.get(), code);
        return Response.noContent().build();
    }
}
