package fr.amiengine.selection;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.integrity.ChainReport;
import fr.amiengine.integrity.IntegrityService;
import fr.amiengine.integrity.LedgerChain;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import fr.amiengine.shared.PagedResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The committee session's API: ranking, selection proposal, decisions, four-eyes approval, decision ledger. */
@Path("/api")
@Authenticated
@Tag(name = "Sélection et décisions")
public class SelectionResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    /** How many eligible files per track the proposal puts on the waiting list (0 by default). */
    public record SelectionRequest(@Min(value = 0, message = "La liste d’attente ne peut pas être négative")
                                   @Max(value = 1000, message = "La liste d’attente compte au plus 1 000 dossiers par volet")
                                   Integer waitlist) {
    }

    @Inject
    SelectionService selection;

    @Inject
    DecisionService decisions;

    @Inject
    IntegrityService integrity;

    @Inject
    CurrentActor current;

    @GET
    @Path("campaigns/{code}/ranking")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le classement par volet, avec les règles de départage publiées et l’explication de chaque rang")
    public RankingView ranking(@PathParam("code") String code) {
        return selection.ranking(code);
    }

    @POST
    @Path("campaigns/{code}/deliberation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ouvrir la délibération (tous les dossiers évalués)\u00a0; la proposition de sélection est calculée aussitôt")
    public Response openDeliberation(@PathParam("code") String code) {
        decisions.openDeliberation(current.get(), code);
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{code}/selection")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "La délibération\u00a0: proposition, ce que les contraintes ont changé, décisions, totaux, approbation")
    public SelectionView view(@PathParam("code") String code) {
        return selection.view(code);
    }

    @GET
    @Path("campaigns/{code}/decisions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les dossiers de la délibération et leurs décisions, par volet et par rang, filtrés par volet, décision"
            + " ou recherche",
            description = "Tous les dossiers, ou une page de ceux-ci quand «\u00a0page\u00a0» ou «\u00a0size\u00a0» est donné\u00a0;"
                    + " l’en-tête X-Total-Count donne alors le nombre total de dossiers trouvés, et l’en-tête Link les pages"
                    + " voisines (rel=\"prev\", rel=\"next\"). Une page au-delà de la dernière donne la dernière. Les totaux par"
                    + " volet et par famille sont dans la délibération (GET …/selection), toujours de tous les dossiers.")
    public RestResponse<List<SelectionView.Line>> decisions(
            @PathParam("code") String code,
            @Parameter(description = "Le code d’un volet de la campagne") @QueryParam("track") String track,
            @Parameter(description = "La décision\u00a0: retenu, non retenu ou liste d’attente") @QueryParam("outcome") String outcome,
            @Parameter(description = "Une référence, un SIREN, ou des mots du nom de l’organisation ou de la solution"
                    + " (majuscules et accents ignorés)") @QueryParam("q") String search,
            @Parameter(description = "Le numéro de page, à partir de 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Le nombre de lignes par page (50 par défaut, 500 au plus)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest asked = page == null && size == null ? null : PageRequest.parse(page, size);
        List<SelectionView.Line> found = selection.view(code).files(search, track,
                Enums.parse(DecisionOutcome.class, "outcome", outcome));
        return asked == null ? RestResponse.ok(found) : PagedResponse.of(PageResult.of(found, asked), uri);
    }

    @POST
    @Path("campaigns/{code}/selection")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recalculer la proposition de sélection (places, budgets, seuils, bornes des familles)\u00a0; "
            + "les décisions modifiées à la main sont gardées")
    public SelectionView propose(@PathParam("code") String code, @Valid SelectionRequest request) {
        return selection.propose(current.get(), code, request == null || request.waitlist() == null ? 0 : request.waitlist());
    }

    @PUT
    @Path("candidatures/{ref}/decision")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Décider d’un dossier (retenu, non retenu, liste d’attente) avec sa motivation")
    public SelectionView.Line decide(@PathParam("ref") String reference, @Valid @NotNull(message = BODY) DecisionRequest request) {
        return decisions.decide(current.get(), reference, request);
    }

    @POST
    @Path("campaigns/{code}/decisions/submit")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Soumettre l’ensemble des décisions à l’approbation d’une seconde personne")
    public SelectionView submit(@PathParam("code") String code) {
        return decisions.submit(current.get(), code);
    }

    @POST
    @Path("campaigns/{code}/decisions/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approuver les décisions (quatre yeux\u00a0: pas la personne qui les a soumises) ou les renvoyer en délibération")
    public SelectionView approve(@PathParam("code") String code, @Valid @NotNull(message = BODY) ApprovalRequest request) {
        return decisions.approve(current.get(), code, request);
    }

    @GET
    @Path("campaigns/{code}/decisions/ledger")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Vérifier la chaîne d’empreintes du registre des décisions")
    public ChainReport ledger(@PathParam("code") String code) {
        return integrity.verify(code, LedgerChain.DECISIONS);
    }
}
