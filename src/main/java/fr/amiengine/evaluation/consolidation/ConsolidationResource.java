package fr.amiengine.evaluation.consolidation;

import fr.amiengine.evaluation.scoring.FileEvaluationsView;
import fr.amiengine.evaluation.scoring.ScoringRequests;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consolidation's API: a file's evaluations under the blind rules, the consensus note, the progress. */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class ConsolidationResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    ConsolidationService consolidation;

    @Inject
    ProgressService progress;

    @Inject
    CurrentActor current;

    @GET
    @Path("candidatures/{ref}/evaluations")
    @Operation(summary = "Les évaluations d’un dossier\u00a0: visibles d’un évaluateur seulement après la soumission de la sienne")
    public FileEvaluationsView evaluations(@PathParam("ref") String reference) {
        return consolidation.evaluationsOf(current.get(), reference);
    }

    @POST
    @Path("candidatures/{ref}/consensus")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Écrire la note commune (et l’avis minoritaire) d’un dossier en désaccord")
    public Response consensus(@PathParam("ref") String reference, @Valid @NotNull(message = BODY) ScoringRequests.ConsensusNote request) {
        consolidation.recordConsensus(current.get(), reference, request);
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{code}/progress")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "L’avancement de l’évaluation\u00a0: dossiers par état, membres, retards, désaccords, soumissions par jour")
    public ProgressView progress(@PathParam("code") String code) {
        return progress.progress(code);
    }
}
