package fr.amiengine.publication;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.publication.feedback.FeedbackRequest;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The publication's API for administrators (publish, preview, enrich) and for the administrations' deployment feedback. */
@Path("/api")
@Authenticated
@Tag(name = "Publication du panorama")
public class PublicationResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    PublicationService publication;

    @Inject
    PanoramaEntryService entries;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns/{code}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publier le panorama (la première fois, achève l’étape BPMN de publication\u00a0; ensuite, republie les "
            + "modifications)\u00a0; refusé tant qu’une lettre de décision n’est pas partie")
    public PublicationService.Status publish(@PathParam("code") String code) {
        return publication.publish(current.get(), code);
    }

    @GET
    @Path("campaigns/{code}/publication")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Où en est la publication\u00a0: lettres envoyées, modifications en attente, publications passées")
    public PublicationService.Status status(@PathParam("code") String code) {
        return publication.status(code);
    }

    @GET
    @Path("campaigns/{code}/publication/preview")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Aperçu exact de ce que la prochaine publication rendra public")
    public PanoramaDocument preview(@PathParam("code") String code) {
        return publication.preview(code);
    }

    @GET
    @Path("campaigns/{code}/panorama/{ref}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Une fiche du panorama telle qu’elle sera publiée, avec l’historique de ses modifications")
    public EntryView entry(@PathParam("code") String code, @PathParam("ref") String reference) {
        return entries.entryView(code, reference);
    }

    @PUT
    @Path("campaigns/{code}/panorama/{ref}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enrichir une fiche (version, références, description…)\u00a0; publique à la prochaine publication")
    public EntryView edit(@PathParam("code") String code, @PathParam("ref") String reference,
                          @Valid @NotNull(message = BODY) EntryEdit edit) {
        return entries.edit(current.get(), code, reference, edit);
    }

    @POST
    @Path("campaigns/{code}/panorama/{ref}/feedbacks")
    @Operation(summary = "Ajouter un retour d’expérience de déploiement (membre d’une administration)\u00a0; public une fois approuvé par un administrateur")
    public Response feedback(@PathParam("code") String code, @PathParam("ref") String reference,
                             @Valid @NotNull(message = BODY) FeedbackRequest request) {
        return Response.status(Response.Status.CREATED).entity(entries.addFeedback(current.get(), code, reference, request)).build();
    }

    /** Why a feedback is withdrawn from the public pages. */
    public record HideRequest(String reason) {
    }

    @POST
    @Path("campaigns/{code}/panorama/{ref}/feedbacks/{id}/hide")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retirer un retour d’expérience approuvé du panorama public (il devient refusé\u00a0; la raison est gardée)")
    public EntryView hide(@PathParam("code") String code, @PathParam("ref") String reference, @PathParam("id") Long id,
                          @NotNull(message = BODY) HideRequest request) {
        return entries.hideFeedback(current.get(), code, reference, id, request.reason());
    }

    @GET
    @Path("campaigns/{code}/panorama")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les fiches du panorama en cours (valeurs de travail)")
    public List<PanoramaDocument.Solution> entries(@PathParam("code") String code) {
        return entries.list(code);
    }
}
