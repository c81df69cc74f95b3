package fr.amiengine.privacy;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.oidc.Tenant;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The organisation's export for the signed-in browser, linked from « Mon organisation » (same rules as the API; the
 * administrators' copy is served by the administrations' page, {@code portal.AdministrationPage}).
 */
@Path("/")
@Tenant("web")
@Authenticated
public class OrganisationExportPage {

    @Inject
    OrganisationExportService exports;

    @Inject
    CurrentActor current;

    @GET
    @Path("organisation/export")
    @Produces(OrganisationExportResource.ZIP)
    @RolesAllowed(Roles.CANDIDATE)
    public Response mine() {
        return OrganisationExportResource.zip(exports.mine(current.get()), exports);
    }
}
