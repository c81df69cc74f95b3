package fr.amiengine.portal;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The administrators' home, {@code /admin}: every campaign with its stage and the next thing to do on it, each linked
 * to the page where it is done, and the administration tools. The campaign list itself stays {@code /admin/campagnes}.
 */
// Rooted at "/" like the other pages: a class rooted at "/admin" would be the only one JAX-RS considers for every
// address under /admin, and the campaign pages there would answer 404.
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminHomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CampaignView> campaigns);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentActor current;

    @GET
    @Path("admin")
    public Response home() {
        return Pages.html(Templates.home(campaigns.list(current.get())));
    }
}
