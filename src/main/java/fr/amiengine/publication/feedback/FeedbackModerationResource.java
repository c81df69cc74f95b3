package fr.amiengine.publication.feedback;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.Enums;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation of deployment feedback, for administrators: the queue, approve, reject with a reason. */
@Path("/api")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Modération des retours d’expérience")
public class FeedbackModerationResource {

    @Inject
    FeedbackModerationService moderation;

    @Inject
    CurrentActor current;

    @GET
    @Path("feedbacks")
    @Operation(summary = "Les retours d’expérience dans un état (PENDING par défaut\u00a0: la file de modération), les plus anciens d’abord")
    public List<FeedbackView> list(@QueryParam("state") String state) {
        FeedbackState wanted = Enums.parse(FeedbackState.class, "state", state);
        return moderation.inState(wanted == null ? FeedbackState.PENDING : wanted);
    }

    @POST
    @Path("feedbacks/{id}/approval")
    @Operation(summary = "Approuver un retour en attente\u00a0: il devient public (panorama, observatoire, données ouvertes)")
    public FeedbackView approve(@PathParam("id") Long id) {
        return moderation.approve(current.get(), id);
    }

    @POST
    @Path("feedbacks/{id}/rejection")
    @Operation(summary = "Refuser un retour en attente, avec une raison (gardée, montrée à son administration, jamais publiée)")
    public FeedbackView reject(@PathParam("id") Long id,
                               @NotNull(message = "Le corps de la requête est obligatoire") RejectionRequest request) {
        return moderation.reject(current.get(), id, request.reason());
    }
}
