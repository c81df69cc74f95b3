package fr.amiengine.dashboard;

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

/**
 * The campaign dashboard page: the figures as tables, which the charts (Chart.js, served by the application, drawn
 * by {@code /static/tableau-de-bord.js}) read back. Without JavaScript the tables are the whole page.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DashboardPage {

    /**
     * The only page that runs scripts says where they may come from: this application, as files. Chart.js needs no
     * inline script, no {@code eval} and no inline style sheet (it sizes its canvas through the DOM).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView dashboard);
    }

    @Inject
    DashboardService dashboard;

    @GET
    @Path("admin/campagnes/{code}/tableau-de-bord")
    public Response dashboard(@PathParam("code") String code) {
        return Response.fromResponse(Pages.html(Templates.dashboard(dashboard.dashboard(code))))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY).build();
    }
}
