package fr.amiengine.evaluation;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The administrators' button that launches the evaluation of a closed campaign. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class EvaluationStagePage {

    @Inject
    EvaluationStageService service;

    @Inject
    CurrentActor current;

    @POST
    @Path("admin/campagnes/{code}/evaluation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@PathParam("code") String code) {
        service.launch(current.get(), code);
        return Pages.seeOther("/admin/campagnes/" + code + "/candidatures", Notices.EVALUATION_LAUNCHED);
    }
}
