package fr.amiengine.evaluation.scoring;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The scoring API: a member's files and evaluations, drafts, submission, and reopening (the scores' ledger is verified by {@code integrity.IntegrityResource}). */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class ScoringResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    ScoringService scoring;

    @Inject
    CurrentActor current;

    @GET
    @Path("me/assignments")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Les dossiers qui me sont attribués, avec leur échéance")
    public List<MyAssignmentView> myAssignments() {
        return scoring.assignmentsOf(current.get());
    }

    @GET
    @Path("assignments/{id}/evaluation")
    @Operation(summary = "Mon évaluation d’un dossier (ou, pour un administrateur, celle d’un membre)")
    public EvaluationView evaluation(@PathParam("id") Long id) {
        return scoring.view(current.get(), id);
    }

    @PUT
    @Path("assignments/{id}/evaluation")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Enregistrer le brouillon de mon évaluation (notes dans le barème, justifications)")
    public EvaluationView saveDraft(@PathParam("id") Long id, @Valid @NotNull(message = BODY) ScoringRequests.Scores request) {
        return scoring.saveDraft(current.get(), id, request);
    }

    @POST
    @Path("assignments/{id}/evaluation/submit")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Soumettre mon évaluation\u00a0: elle est alors verrouillée")
    public EvaluationView submit(@PathParam("id") Long id) {
        return scoring.submit(current.get(), id);
    }

    @POST
    @Path("assignments/{id}/evaluation/reopen")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rouvrir une évaluation soumise, avec un motif conservé")
    public EvaluationView reopen(@PathParam("id") Long id, @Valid @NotNull(message = BODY) ScoringRequests.Reopening request) {
        return scoring.reopen(current.get(), id, request.reason());
    }
}
