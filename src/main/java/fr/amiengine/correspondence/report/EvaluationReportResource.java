package fr.amiengine.correspondence.report;

import fr.amiengine.identity.CurrentActor;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A file's evaluation for its candidate, once the decisions are final: as JSON and as a PDF. Its organisation's
 * members and the administrators; 404 to anyone else (as an unknown reference), 409 before the decisions are final.
 */
@Path("/api")
@Authenticated
@Tag(name = "Documents")
public class EvaluationReportResource {

    @Inject
    EvaluationReportService reports;

    @Inject
    CurrentActor current;

    @GET
    @Path("candidatures/{ref}/evaluation-report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les éléments d’évaluation du dossier, une fois les décisions définitives",
            description = "Les notes et justifications de chaque évaluateur (anonymisé\u00a0: «\u00a0Évaluateur 1\u00a0», "
                    + "«\u00a0Évaluateur 2\u00a0»…), les chiffres consolidés, l’application des règles au dossier (moyenne pondérée, "
                    + "normalisation, seuils), son rang avec les notes des dossiers voisins (sans nom ni référence) et la raison "
                    + "de la décision de sélection (CRPA, articles L311-3-1 et R311-3-1-2). Pour les membres de l’organisation "
                    + "candidate et les administrateurs\u00a0; 409 tant que les décisions de la campagne ne sont pas approuvées.")
    @APIResponse(responseCode = "200", description = "Les éléments d’évaluation")
    @APIResponse(responseCode = "409", description = "Les décisions de la campagne ne sont pas encore définitives")
    public EvaluationReport report(@Parameter(description = "La référence du dossier") @PathParam("ref") String reference) {
        return reports.report(current.get(), reference);
    }

    @GET
    @Path("candidatures/{ref}/evaluation-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "La communication des éléments d’évaluation du dossier (PDF/A-2b, PDF/UA-1), une fois les décisions définitives")
    @APIResponse(responseCode = "200", description = "Le document PDF")
    @APIResponse(responseCode = "409", description = "Les décisions de la campagne ne sont pas encore définitives")
    public Response pdf(@Parameter(description = "La référence du dossier") @PathParam("ref") String reference) {
        return EvaluationReportPdf.response(reports.report(current.get(), reference));
    }
}
