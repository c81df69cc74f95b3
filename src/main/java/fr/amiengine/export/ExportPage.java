package fr.amiengine.export;

import fr.amiengine.export.ExportService.Dataset;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.oidc.Tenant;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The exports for the signed-in administrator's browser, linked from the campaign's files page (same rules as the API). */
@Path("/")
@Tenant("web")
@Authenticated
public class ExportPage {

    @Inject
    ExportService exports;

    @Inject
    CurrentActor current;

    @GET
    @Path("admin/campagnes/{code}/exports/{dataset:candidatures|evaluations|decisions}.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    public Response csv(@PathParam("code") String code, @PathParam("dataset") String dataset) {
        return ExportResource.csv(exports.export(current.get(), code, Dataset.of(dataset)));
    }

    @GET
    @Path("admin/campagnes/{code}/exports/{dataset:candidatures|evaluations|decisions}.xlsx")
    @Produces(XlsxExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    public Response xlsx(@PathParam("code") String code, @PathParam("dataset") String dataset) {
        return ExportResource.xlsx(exports.export(current.get(), code, Dataset.of(dataset)));
    }

    @GET
    @Path("admin/campagnes/{code}/exports/campagne.xlsx")
    @Produces(XlsxExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    public Response workbook(@PathParam("code") String code) {
        return ExportResource.xlsx(exports.workbook(current.get(), code));
    }
}
