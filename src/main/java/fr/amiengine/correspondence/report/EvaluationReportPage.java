package fr.amiengine.correspondence.report;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The candidate's page « Éléments d’évaluation » and its PDF, for the signed-in browser, under the rules of the API;
 * before the decisions are final the page says when it will come (the PDF answers 409).
 */
@Path("/")
@Tenant("web")
@Authenticated
public class EvaluationReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(EvaluationReportService.Availability availability);
    }

    @Inject
    EvaluationReportService reports;

    @Inject
    CurrentActor current;

    @GET
    @Path("candidatures/{ref}/evaluation")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("ref") String reference) {
        return Pages.html(Templates.evaluation(reports.availability(current.get(), reference)));
    }

    @GET
    @Path("candidatures/{ref}/elements-evaluation.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("ref") String reference) {
        return EvaluationReportPdf.response(reports.report(current.get(), reference));
    }
}
