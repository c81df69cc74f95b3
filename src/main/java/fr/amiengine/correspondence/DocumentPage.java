package fr.amiengine.correspondence;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The candidate's decision page and the PDFs for the signed-in browser (same rules as the API). */
@Path("/")
@Tenant("web")
@Authenticated
public class DocumentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outcome(DocumentAccess.Outcome outcome);
    }

    @Inject
    DocumentAccess documents;

    @Inject
    CurrentActor current;

    @GET
    @Path("candidatures/{ref}/decision")
    @Produces(MediaType.TEXT_HTML)
    public Response outcome(@PathParam("ref") String reference) {
        return Pages.html(Templates.outcome(documents.outcome(current.get(), reference)));
    }

    @GET
    @Path("candidatures/{ref}/accuse-de-reception.pdf")
    @Produces("application/pdf")
    public Response receipt(@PathParam("ref") String reference) {
        return DocumentResource.pdf(documents.ofFile(current.get(), reference, DocumentKind.RECEIPT));
    }

    @GET
    @Path("candidatures/{ref}/lettre-de-decision.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("ref") String reference) {
        return DocumentResource.pdf(documents.ofFile(current.get(), reference, DocumentKind.DECISION_LETTER));
    }

    @GET
    @Path("admin/campagnes/{code}/proces-verbal.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ADMIN)
    public Response minutes(@PathParam("code") String code) {
        return DocumentResource.pdf(documents.minutes(code));
    }
}
