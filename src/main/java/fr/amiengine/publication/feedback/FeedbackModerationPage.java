package fr.amiengine.publication.feedback;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The administrators' moderation queue of deployment feedback: each pending feedback with its solution, its
 * administration and its text, to approve or to reject with a reason; below, the last ones moderated.
 */
@Path("/admin/retours")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class FeedbackModerationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<FeedbackView> pending, List<FeedbackView> rejected, FormState form);
    }

    @Inject
    FeedbackModerationService moderation;

    @Inject
    CurrentActor current;

    @GET
    public Response queue() {
        return page(200, new FormState());
    }

    @POST
    @Path("{id}/approbation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") Long id) {
        moderation.approve(current.get(), id);
        return Pages.seeOther("/admin/retours", Notices.FEEDBACK_APPROVED);
    }

    @POST
    @Path("{id}/refus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") Long id, MultivaluedMap<String, String> fields) {
        // one form per feedback on the page: the field is named after it, so that each has its own id
        String field = "reason-" + id;
        String reason = fields.getFirst(field);
        try {
            moderation.reject(current.get(), id, reason);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID) {
                throw e;
            }
            return page(422, new FormState().set(field, reason).error(field, e.getMessage()));
        }
        return Pages.seeOther("/admin/retours", Notices.FEEDBACK_REJECTED);
    }

    private Response page(int status, FormState form) {
        return Pages.html(status, Templates.queue(moderation.inState(FeedbackState.PENDING),
                moderation.inState(FeedbackState.REJECTED), form));
    }
}
