package fr.amiengine.integrity;

import fr.amiengine.identity.Roles;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** « Vérifier l’intégrité »: the administrators' page of a campaign's ledgers, the same verification as the API. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class IntegrityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance integrity(IntegrityService.CampaignIntegrity integrity);
    }

    @Inject
    IntegrityService service;

    @GET
    @Path("admin/campagnes/{code}/integrite")
    public Response integrity(@PathParam("code") String code) {
        return Pages.html(Templates.integrity(service.verify(code)));
    }
}
