package fr.amiengine.matching;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.matching.MatchingViews.CoverageView;
import fr.amiengine.matching.MatchingViews.InterestRequest;
import fr.amiengine.matching.MatchingViews.InterestView;
import fr.amiengine.matching.MatchingViews.InterestedNeedView;
import fr.amiengine.matching.MatchingViews.MatchesView;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The matching of needs to the retained solutions: a buyer's matches and marks, a company's interested needs, the coverage. */
@Path("/api")
@Authenticated
@Tag(name = "Rapprochement des besoins et des solutions")
public class MatchingResource {

    @Inject
    MatchingService matching;

    @Inject
    CurrentActor current;

    @GET
    @Path("me/needs/{ref}/matches")
    @Operation(summary = "Les solutions publiées classées pour un besoin de mon administration (famille, puis pertinence), "
            + "expliquées, puis celles que les contraintes impératives écartent et pourquoi")
    public MatchesView matches(@PathParam("ref") String reference) {
        return matching.matches(current.get(), reference);
    }

    @POST
    @Path("me/needs/{ref}/interests")
    @Operation(summary = "Marquer une solution publiée «\u00a0intéressé\u00a0» pour un besoin ouvert (idempotent\u00a0: 201, puis 200)")
    public Response mark(@PathParam("ref") String reference,
                         @Valid @NotNull(message = "Le corps de la requête est obligatoire") InterestRequest request) {
        boolean created = matching.mark(current.get(), reference, request.entry());
        InterestView view = matching.interest(current.get(), reference, request.entry().strip());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @DELETE
    @Path("me/needs/{ref}/interests/{entry}")
    @Operation(summary = "Retirer la marque «\u00a0intéressé\u00a0» (idempotent)")
    public Response unmark(@PathParam("ref") String reference, @PathParam("entry") String entry) {
        matching.unmark(current.get(), reference, entry);
        return Response.noContent().build();
    }

    @GET
    @Path("me/interests")
    @Operation(summary = "Les besoins que des administrations ont marqués sur les solutions de mon organisation (sans leurs notes privées)")
    public List<InterestedNeedView> interests() {
        return matching.interestedNeeds(current.get());
    }

    @GET
    @Path("needs/coverage")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Par solution et par famille, les besoins ouverts servis\u00a0; les besoins qu’aucun lauréat ne sert")
    public CoverageView coverage() {
        return matching.coverage();
    }
}
