package fr.amiengine.correspondence;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PDFs through the API: a file's receipt and decision letter (its organisation and the administrators), the minutes. */
@Path("/api")
@Authenticated
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentAccess documents;

    @Inject
    CurrentActor current;

    @GET
    @Path("candidatures/{ref}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "L’accusé de réception de la candidature (PDF/A-2b, PDF/UA-1)")
    public Response receipt(@PathParam("ref") String reference) {
        return pdf(documents.ofFile(current.get(), reference, DocumentKind.RECEIPT));
    }

    @GET
    @Path("candidatures/{ref}/decision.pdf")
    @Produces("application/pdf")
    @Operation(summary = "La lettre de décision motivée (PDF/A-2b, PDF/UA-1), une fois les décisions approuvées")
    public Response decision(@PathParam("ref") String reference) {
        return pdf(documents.ofFile(current.get(), reference, DocumentKind.DECISION_LETTER));
    }

    @GET
    @Path("campaigns/{code}/minutes.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le procès-verbal du comité de sélection (PDF/A-2b, PDF/UA-1), une fois les décisions approuvées")
    public Response minutes(@PathParam("code") String code) {
        return pdf(documents.minutes(code));
    }

    static Response pdf(DocumentAccess.Download document) {
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"")
                .build();
    }
}
