package fr.amiengine.evaluation.committee;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The committee's API: members and their declarations of interests. */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class CommitteeResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    EvaluatorService evaluators;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns/{code}/evaluators")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Inviter un membre du comité (compte trouvé ou créé dans Keycloak, rôle évaluateur)")
    public Response invite(@PathParam("code") String code, @Valid @NotNull(message = BODY) EvaluatorRequests.Invitation request) {
        return Response.status(Response.Status.CREATED).entity(evaluators.invite(current.get(), code, request)).build();
    }

    @GET
    @Path("campaigns/{code}/evaluators")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les membres du comité d’une campagne et leurs déclarations")
    public List<EvaluatorView> members(@PathParam("code") String code) {
        return evaluators.ofCampaign(code);
    }

    @GET
    @Path("me/committees")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Les comités dont je suis membre")
    public List<MyCommitteeView> myCommittees() {
        return evaluators.committeesOf(current.get());
    }

    @POST
    @Path("me/committees/{code}/declaration")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Déclarer mes liens d’intérêts (SIREN)\u00a0; «\u00a0complete\u00a0» clôt la déclaration et ouvre l’accès aux dossiers")
    public EvaluatorView declare(@PathParam("code") String code, @Valid @NotNull(message = BODY) EvaluatorRequests.Declaration request) {
        return evaluators.declare(current.get(), code, request);
    }
}
