package fr.amiengine.waitlist;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A laureate's renunciation, and the promotion from the waiting list that two administrators approve. */
@Path("/api")
@Authenticated
@Tag(name = "Désistements et liste d’attente")
public class WaitlistResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    WaitlistService waitlist;

    @Inject
    CurrentActor current;

    @POST
    @Path("candidatures/{ref}/renunciation")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Renoncer à la sélection d’un dossier retenu (décision définitive), avec un motif")
    public PromotionView renounce(@PathParam("ref") String reference,
                                  @Valid @NotNull(message = BODY) RenunciationRequest request) {
        return waitlist.renounce(current.get(), reference, request.reason());
    }

    @GET
    @Path("campaigns/{code}/waitlist")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les désistements d’une campagne et les promotions proposées depuis la liste d’attente")
    public List<PromotionView> ofCampaign(@PathParam("code") String code) {
        return waitlist.ofCampaign(code);
    }

    @GET
    @Path("renunciations/{ref}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Un désistement et la promotion proposée (rang, place, budget, familles)")
    public PromotionView get(@PathParam("ref") String reference) {
        return waitlist.get(reference);
    }

    @POST
    @Path("renunciations/{ref}/approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approuver la promotion (quatre yeux\u00a0: la seconde approbation par une autre personne)")
    public PromotionView approve(@PathParam("ref") String reference) {
        return waitlist.approve(current.get(), reference);
    }

    @POST
    @Path("renunciations/{ref}/rejection")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rejeter la promotion, avec un motif\u00a0: le processus s’achève sans promotion")
    public PromotionView reject(@PathParam("ref") String reference, @Valid @NotNull(message = BODY) RejectionRequest request) {
        return waitlist.reject(current.get(), reference, request.reason());
    }
}
