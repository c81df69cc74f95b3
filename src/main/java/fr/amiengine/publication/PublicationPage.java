package fr.amiengine.publication;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' publication pages: where it stands, the exact preview, « Publier », and the edit of an entry. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class PublicationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance publication(PublicationService.Status status, PanoramaDocument preview, String refusal);

        static native TemplateInstance entry(EntryView view, FormState form);
    }

    @Inject
    PublicationService publication;

    @Inject
    PanoramaEntryService entries;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @GET
    @Path("admin/campagnes/{code}/publication")
    public Response overview(@PathParam("code") String code) {
        return overviewPage(code, null, 200);
    }

    @POST
    @Path("admin/campagnes/{code}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("code") String code) {
        try {
            publication.publish(current.get(), code);
            return Pages.seeOther("/admin/campagnes/" + code + "/publication", Notices.PANORAMA_PUBLISHED);
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.NOT_FOUND) {
                throw e;
            }
            return overviewPage(code, e.getMessage(), e.kind().status);
        }
    }

    private Response overviewPage(String code, String refusal, int status) {
        PublicationService.Status state = publication.status(code);
        PanoramaDocument preview = null;
        try {
            preview = publication.preview(code);
        } catch (AmiException e) {
            refusal = refusal == null ? e.getMessage() : refusal;
        }
        return Pages.html(status, Templates.publication(state, preview, refusal));
    }

    @GET
    @Path("admin/campagnes/{code}/panorama/{ref}")
    public Response entry(@PathParam("code") String code, @PathParam("ref") String reference) {
        EntryView view = entries.entryView(code, reference);
        return Pages.html(Templates.entry(view, form(view)));
    }

    private static FormState form(EntryView view) {
        PanoramaDocument.Solution s = view.entry();
        return new FormState().set("name", s.name()).set("summary", s.summary()).set("version", s.version())
                .set("website", s.website()).set("publicReferences", s.publicReferences()).set("apis", s.apis())
                .set("standards", s.standards());
    }

    @POST
    @Path("admin/campagnes/{code}/panorama/{ref}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("code") String code, @PathParam("ref") String reference,
                         @RestForm String name, @RestForm String summary, @RestForm String version, @RestForm String website,
                         @RestForm String publicReferences, @RestForm String apis, @RestForm String standards,
                         @RestForm String note) {
        EntryEdit edit = new EntryEdit(blankToEmpty(name), blankToEmpty(summary), blankToEmpty(version), blankToEmpty(website),
                blankToEmpty(publicReferences), blankToEmpty(apis), blankToEmpty(standards), note);
        FormState form = new FormState().set("name", name).set("summary", summary).set("version", version).set("website", website)
                .set("publicReferences", publicReferences).set("apis", apis).set("standards", standards).set("note", note);
        Set<ConstraintViolation<EntryEdit>> violations = validator.validate(edit);
        if (!violations.isEmpty()) {
            violations.forEach(v -> form.error(v.getPropertyPath().toString(), v.getMessage()));
            return Pages.html(422, Templates.entry(entries.entryView(code, reference), form));
        }
        try {
            entries.edit(current.get(), code, reference, edit);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID) {
                throw e;
            }
            List<FieldError> errors = e.errors().isEmpty() ? List.of(new FieldError("note", e.getMessage())) : e.errors();
            form.errors(errors);
            return Pages.html(422, Templates.entry(entries.entryView(code, reference), form));
        }
        return Pages.seeOther("/admin/campagnes/" + code + "/panorama/" + reference, Notices.ENTRY_EDITED);
    }

    @POST
    @Path("admin/campagnes/{code}/panorama/{ref}/retours/{id}/masquer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@PathParam("code") String code, @PathParam("ref") String reference, @PathParam("id") Long id,
                         MultivaluedMap<String, String> fields) {
        // one form per feedback on the page: the field is named after it, so that each has its own id
        String reason = fields.getFirst("reason-" + id);
        try {
            entries.hideFeedback(current.get(), code, reference, id, reason);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID) {
                throw e;
            }
            EntryView view = entries.entryView(code, reference);
            return Pages.html(422, Templates.entry(view, form(view).set("reason-" + id, reason).error("reason-" + id, e.getMessage())));
        }
        return Pages.seeOther("/admin/campagnes/" + code + "/panorama/" + reference, Notices.FEEDBACK_HIDDEN);
    }

    /** A form always sends every field: an emptied one clears the value. */
    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
