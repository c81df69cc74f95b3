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
 * by {@code /static/tableau-de-bord.js}) read back. Without JavaScript the tables are the whole page. Chart.js runs
 * under the site's Content-Security-Policy (application.properties): no inline script, no {@code eval}, no inline
 * style sheet (it sizes its canvas through the DOM).
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView dashboard);
    }

    @Inject
    DashboardService dashboard;

    @GET
    @Path("admin/campagnes/{code}/tableau-de-bord")
    public Response dashboard(@PathParam("code") String code) {
        return Pages.html(Templates.dashboard(dashboard.dashboard(code)));
    }
}
