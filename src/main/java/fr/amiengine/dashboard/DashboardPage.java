package fr.amiengine.dashboard;

import fr.amiengine.identity.Roles;
import fr.amiengine.web.BarChart;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The campaign dashboard page: the figures as tables, each drawn before it as a bar chart on the server
 * ({@link BarChart}, SVG): the page has no script at all, and reads the same with or without JavaScript.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DashboardPage {

    /** The charts of the page, each drawn from the figures of the table that follows it. */
    public record Charts(BarChart stages, BarChart states, BarChart submissions, BarChart evaluations, BarChart decisions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView dashboard, Charts charts);
    }

    @Inject
    DashboardService dashboard;

    @Inject
    DashboardTexts texts;

    @GET
    @Path("admin/campagnes/{code}/tableau-de-bord")
    public Response dashboard(@PathParam("code") String code) {
        DashboardView view = dashboard.dashboard(code);
        return Pages.html(Templates.dashboard(view, charts(view)));
    }

    Charts charts(DashboardView view) {
        DashboardView.Evaluations evaluations = view.evaluations();
        return new Charts(
                BarChart.of(texts.stages_chart(), view.stages().stream().map(s -> new BarChart.Line(s.name(), s.files())).toList()),
                BarChart.of(texts.states_chart(), view.filesByState().stream().map(s -> new BarChart.Line(s.label(), s.files())).toList()),
                BarChart.of(texts.submissions_chart(), view.submissionsByDay().stream()
                        .map(d -> new BarChart.Line(d.dateLabel(), d.submitted())).toList()),
                BarChart.of(texts.evaluations_chart(), List.of(
                        new BarChart.Line(texts.evaluations_submitted(), evaluations.submitted()),
                        new BarChart.Line(texts.evaluations_on_time(), evaluations.onTime()),
                        new BarChart.Line(texts.evaluations_late(), evaluations.late()))),
                BarChart.of(texts.decisions_chart(), view.decisions().stream().map(d -> new BarChart.Line(d.label(), d.files())).toList()));
    }
}
