package fr.amiengine.matching;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.matching.MatchingViews.CoverageView;
import fr.amiengine.matching.MatchingViews.InterestedNeedView;
import fr.amiengine.matching.MatchingViews.MatchesView;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The matching's pages: a need's ranked and explained solutions with the « intéressé » buttons (plain forms, no
 * JavaScript), the needs marked on a company's solutions, and the administrators' coverage.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class MatchingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matches(MatchesView view);

        static native TemplateInstance interests(List<InterestedNeedView> needs);

        static native TemplateInstance coverage(CoverageView coverage);
    }

    @Inject
    MatchingService matching;

    @Inject
    CurrentActor current;

    @GET
    @Path("besoins/{ref}/solutions")
    @Authenticated
    public Response matches(@PathParam("ref") String reference) {
        return Pages.html(Templates.matches(matching.matches(current.get(), reference)));
    }

    /** Marks ({@code action=marquer}) or unmarks a solution, then shows the matches again at that solution. */
    @POST
    @Path("besoins/{ref}/solutions/interet")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response interest(@PathParam("ref") String reference, @RestForm String entry, @RestForm String action) {
        String wanted = entry == null ? "" : entry.strip();
        if ("retirer".equals(action)) {
            matching.unmark(current.get(), reference, wanted);
        } else {
            matching.mark(current.get(), reference, wanted);
        }
        // the need exists and is the actor's (mark and unmark checked it): its reference and a plain entry go in the address
        return Pages.seeOther("/besoins/" + reference + "/solutions" + (wanted.matches("[A-Za-z0-9_-]+") ? "#solution-" + wanted : ""));
    }

    @GET
    @Path("organisation/besoins")
    @Authenticated
    public Response interests() {
        return Pages.html(Templates.interests(matching.interestedNeeds(current.get())));
    }

    @GET
    @Path("admin/besoins/couverture")
    @RolesAllowed(Roles.ADMIN)
    public Response coverage() {
        return Pages.html(Templates.coverage(matching.coverage()));
    }
}
