package fr.amiengine.submission;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PagedResponse;
import fr.amiengine.submission.CandidatureView.AttachmentView;
import fr.amiengine.submission.attachment.AttachmentContent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api")
@Authenticated
@Tag(name = "Candidatures")
public class CandidatureResource {

    @Inject
    CandidatureService service;

    @Inject
    CurrentActor current;

    @POST
    @Path("campaigns/{code}/candidatures")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Ouvrir un brouillon de candidature\u00a0; la réponse porte sa référence")
    public Response createDraft(@PathParam("code") String code, @Valid CandidatureRequest request, UriInfo uri) {
        CandidatureView draft = service.createDraft(current.get(), code, request);
        return Response.created(URI.create(uri.getBaseUri().getPath() + "api/candidatures/" + draft.reference()))
                .entity(draft).build();
    }

    @GET
    @Path("campaigns/{code}/candidatures")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les candidatures d’une campagne, filtrées par état, volet, famille ou recherche",
            description = "Toutes les candidatures par ordre de référence, ou une page de celles-ci quand «\u00a0page\u00a0» ou"
                    + " «\u00a0size\u00a0» est donné\u00a0; l’en-tête X-Total-Count donne alors le nombre total de candidatures"
                    + " trouvées, et l’en-tête Link les pages voisines (rel=\"prev\", rel=\"next\"). Une page au-delà de"
                    + " la dernière donne la dernière.")
    public RestResponse<List<CandidatureSummary>> ofCampaign(
            @PathParam("code") String code, @QueryParam("state") String state,
            @QueryParam("track") String track, @QueryParam("family") String family,
            @Parameter(description = "Une référence, un SIREN, ou des mots du nom de l’organisation ou de la solution"
                    + " (majuscules et accents ignorés)") @QueryParam("q") String search,
            @Parameter(description = "Le numéro de page, à partir de 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Le nombre de lignes par page (50 par défaut, 500 au plus)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        CandidatureFilter filter = new CandidatureFilter(parseState(state), track, family, search);
        if (page == null && size == null) {
            return RestResponse.ok(service.ofCampaign(code, filter));
        }
        return PagedResponse.of(service.pageOfCampaign(code, filter, PageRequest.parse(page, size)), uri);
    }

    @GET
    @Path("me/candidatures")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Les candidatures de mon organisation")
    public List<CandidatureSummary> mine() {
        return service.mine(current.get());
    }

    @GET
    @Path("candidatures/{ref}")
    @Operation(summary = "Une candidature, ses pièces et son historique")
    public CandidatureView get(@PathParam("ref") String reference) {
        return service.get(current.get(), reference);
    }

    @PUT
    @Path("candidatures/{ref}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Enregistrer le formulaire (brouillon ou correction demandée)")
    public CandidatureView update(@PathParam("ref") String reference,
                                  @Valid @NotNull(message = "Le corps de la requête est obligatoire") CandidatureRequest request) {
        return service.update(current.get(), reference, request);
    }

    @POST
    @Path("candidatures/{ref}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Joindre un PDF (non chiffré, 10 Mo au plus) dans le champ «\u00a0file\u00a0»")
    public Response attach(@PathParam("ref") String reference, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw AmiException.invalid("file", "Joignez un fichier PDF dans le champ «\u00a0file\u00a0» du formulaire.");
        }
        AttachmentView attached = service.attach(current.get(), reference, file.fileName(), file.uploadedFile());
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    @GET
    @Path("candidatures/{ref}/attachments/{id}")
    @Produces("application/pdf")
    @Operation(summary = "Télécharger une pièce jointe")
    public Response download(@PathParam("ref") String reference, @PathParam("id") Long id) {
        AttachmentContent content = service.download(current.get(), reference, id);
        String encoded = java.net.URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }

    @DELETE
    @Path("candidatures/{ref}/attachments/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Retirer une pièce jointe d’un brouillon")
    public Response detach(@PathParam("ref") String reference, @PathParam("id") Long id) {
        service.detach(current.get(), reference, id);
        return Response.noContent().build();
    }

    @POST
    @Path("candidatures/{ref}/submit")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Soumettre la candidature avant la date limite (ou sa correction avant l’échéance)")
    public CandidatureView submit(@PathParam("ref") String reference) {
        return service.submit(current.get(), reference);
    }

    @POST
    @Path("candidatures/{ref}/withdraw")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Retirer la candidature avant la décision")
    public CandidatureView withdraw(@PathParam("ref") String reference, @Valid WithdrawalRequest request) {
        return service.withdraw(current.get(), reference, request == null ? null : request.reason());
    }

    private static CandidatureState parseState(String state) {
        return Enums.parse(CandidatureState.class, "state", state);
    }
}
