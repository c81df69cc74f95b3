package fr.amiengine.export;

import fr.amiengine.export.ExportService.Dataset;
import fr.amiengine.export.ExportService.Export;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrators' exports of a campaign, as CSV (UTF-8 with BOM, « ; ») and XLSX (see docs/exports.md). They
 * hold every member's scores: administrators only.
 */
@Path("/api")
@Authenticated
@Tag(name = "Exports")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    CurrentActor current;

    @GET
    @Path("campaigns/{code}/exports/{dataset:candidatures|evaluations|decisions}.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Une table de la campagne en CSV\u00a0: les candidatures déposées (brouillons exclus) et ce qu’elles "
            + "déclarent\u00a0; les évaluations soumises (jamais les brouillons) avec les notes consolidées\u00a0; les décisions du comité")
    public Response csv(@PathParam("code") String code, @PathParam("dataset") String dataset) {
        return csv(exports.export(current.get(), code, Dataset.of(dataset)));
    }

    @GET
    @Path("campaigns/{code}/exports/{dataset:candidatures|evaluations|decisions}.xlsx")
    @Produces(XlsxExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Une table de la campagne en XLSX (candidatures, évaluations ou décisions, comme le CSV)")
    public Response xlsx(@PathParam("code") String code, @PathParam("dataset") String dataset) {
        return xlsx(exports.export(current.get(), code, Dataset.of(dataset)));
    }

    @GET
    @Path("campaigns/{code}/exports/campagne.xlsx")
    @Produces(XlsxExport.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le classeur de la campagne\u00a0: candidatures, évaluations et décisions, un onglet chacune")
    public Response workbook(@PathParam("code") String code) {
        return xlsx(exports.workbook(current.get(), code));
    }

    /** The CSV of a one-table export, written to the response as it is produced. */
    static Response csv(Export export) {
        ExportTable table = export.tables().get(0);
        StreamingOutput body = out -> CsvExport.write(table, out);
        return attachment(Response.ok(body, CsvExport.MEDIA_TYPE), export.baseName() + ".csv");
    }

    /** The XLSX workbook of an export, one sheet per table, written to the response as it is produced. */
    static Response xlsx(Export export) {
        StreamingOutput body = out -> XlsxExport.write(export.tables(), out);
        return attachment(Response.ok(body, XlsxExport.MEDIA_TYPE), export.baseName() + ".xlsx");
    }

    // Exports hold personal data and every member's scores: no cache keeps a copy.
    private static Response attachment(Response.ResponseBuilder response, String fileName) {
        return response.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
