package fr.amiengine.campaign;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.shared.Violations;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.List;

/** The public page of a campaign, and the administrators' pages to list, create and edit campaigns. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class CampaignPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaign(CampaignView campaign, RetentionReport retention);

        static native TemplateInstance list(List<CampaignView> campaigns, Instant now);

        static native TemplateInstance form(String code, FormState form, List<CriterionKey> keys, List<fr.amiengine.web.Option> rankingBases);
    }

    @Inject
    CampaignService service;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @Inject
    RetentionService retention;

    @Inject
    ServerClock clock;

    @GET
    @Path("campagnes/{code}")
    @PermitAll
    public Response campaign(@PathParam("code") String code) {
        CampaignView campaign = service.get(current.get(), code);
        return Pages.html(Templates.campaign(campaign, current.get().isAdmin() ? retention.report(code) : null));
    }

    @GET
    @Path("admin/campagnes")
    @RolesAllowed(Roles.ADMIN)
    public Response list() {
        return Pages.html(Templates.list(service.list(current.get()), clock.now()));
    }

    @GET
    @Path("admin/campagnes/nouvelle")
    @RolesAllowed(Roles.ADMIN)
    public Response createForm() {
        return Pages.html(Templates.form(null, CampaignForm.blank(), List.of(CriterionKey.values()), CampaignForm.RANKING_BASES));
    }

    @POST
    @Path("admin/campagnes/nouvelle")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        FormState form = CampaignForm.typed(fields);
        CampaignRequest request = CampaignForm.request(form);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                service.create(current.get(), request);
                return Pages.seeOther("/admin/campagnes", Notices.CAMPAIGN_CREATED);
            } catch (AmiException e) {
                addErrors(form, e, "code");
            }
        }
        return Pages.html(422, Templates.form(null, form, List.of(CriterionKey.values()), CampaignForm.RANKING_BASES));
    }

    @GET
    @Path("admin/campagnes/{code}/modifier")
    @RolesAllowed(Roles.ADMIN)
    public Response editForm(@PathParam("code") String code) {
        CampaignView campaign = service.get(current.get(), code);
        service.ensureEditable(code);
        return Pages.html(Templates.form(code, CampaignForm.of(campaign), List.of(CriterionKey.values()), CampaignForm.RANKING_BASES));
    }

    @POST
    @Path("admin/campagnes/{code}/modifier")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        FormState form = CampaignForm.typed(fields).set("code", code);
        CampaignRequest request = CampaignForm.request(form);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                service.update(current.get(), code, request);
                return Pages.seeOther("/admin/campagnes", Notices.CAMPAIGN_UPDATED);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                addErrors(form, e, "title");
            }
        }
        return Pages.html(422, Templates.form(code, form, List.of(CriterionKey.values()), CampaignForm.RANKING_BASES));
    }

    /** Field errors go next to their fields; a general refusal (a duplicate code) next to {@code field}. */
    private static void addErrors(FormState form, AmiException e, String field) {
        if (e.errors().isEmpty()) {
            form.error(field, e.getMessage());
        } else {
            form.errors(e.errors());
        }
    }
}
