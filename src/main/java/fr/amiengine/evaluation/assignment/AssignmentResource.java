package fr.amiengine.evaluation.assignment;

import fr.amiengine.evaluation.committee.EvaluatorRequests;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assignment's API: the proposal, the administrators' changes, the release, a member's recusal. */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class AssignmentResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    /** The release of an assignment: its due date. */
    public record Release(@NotNull(message = "L’échéance des évaluations est obligatoire") Instant dueAt) {
    }

    /** An administrator's change of a proposed assignment. */
    public record Change(@NotNull(message = "Le membre est obligatoire") Long evaluatorId) {
    }

    @Inject
    AssignmentService assignments;

    @Inject
    ReassignmentService reassignments;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns/{code}/assignments/auto")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Proposer l’affectation automatique (flot à coût minimal\u00a0: sans conflit, charges équilibrées, experts préférés)")
    public AssignmentView auto(@PathParam("code") String code) {
        return assignments.propose(current.get(), code);
    }

    @GET
    @Path("campaigns/{code}/assignments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "L’affectation d’une campagne, avec la raison de chaque choix et les charges")
    public AssignmentView assignment(@PathParam("code") String code) {
        return assignments.view(code);
    }

    @PUT
    @Path("assignments/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Confier une affectation proposée à un autre membre")
    public AssignmentView change(@PathParam("id") Long id, @Valid @NotNull(message = BODY) Change request) {
        return assignments.change(current.get(), id, request.evaluatorId());
    }

    @POST
    @Path("campaigns/{code}/assignments/release")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publier l’affectation aux évaluateurs avec l’échéance des évaluations")
    public Response release(@PathParam("code") String code, @Valid @NotNull(message = BODY) Release request) {
        assignments.requestRelease(current.get(), code, request.dueAt());
        return Response.accepted().build();
    }

    @POST
    @Path("assignments/{id}/conflict")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Me déporter d’un dossier pour conflit d’intérêts\u00a0; le dossier est confié à un autre membre")
    public Response recuse(@PathParam("id") Long id, @Valid @NotNull(message = BODY) EvaluatorRequests.Recusal request) {
        reassignments.recuse(current.get(), id, request.reason());
        return Response.noContent().build();
    }
}
