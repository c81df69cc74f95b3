package fr.amiengine.portal;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.OrganisationService;
import fr.amiengine.identity.OrganisationView;
import fr.amiengine.identity.Roles;
import fr.amiengine.privacy.OrganisationExportResource;
import fr.amiengine.privacy.OrganisationExportService;
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
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The administrators' page of the declared administrations: those awaiting verification first, each with
 * « Vérifier » (the same rule as {@code POST /api/organisations/{id}/verification}) and « Exporter » (the organisation's
 * ZIP, {@code GET /api/organisations/{id}/export}). In the portal, beside the
 * organisation's own page, since identity/ stays below web/.
 */
@Path("/admin/organisations")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdministrationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance administrations(List<OrganisationView> administrations);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentActor current;

    @Inject
    OrganisationExportService exports;

    @GET
    public Response list() {
        return Pages.html(Templates.administrations(organisations.administrations()));
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") Long id) {
        organisations.verify(current.get(), id);
        return Pages.seeOther("/admin/organisations", Notices.ADMINISTRATION_VERIFIED);
    }

    /** The organisation's export, as its members get it (docs/rgpd.md), to answer an access request. */
    @GET
    @Path("{id}/export")
    @Produces(OrganisationExportResource.ZIP)
    public Response export(@PathParam("id") Long id) {
        return OrganisationExportResource.zip(exports.of(current.get(), id), exports);
    }
}
