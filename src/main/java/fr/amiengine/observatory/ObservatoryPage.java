package fr.amiengine.observatory;

import fr.amiengine.observatory.ObservatoryDocument.CampaignFigures;
import fr.amiengine.observatory.ObservatoryDocument.SolutionFigures;
import fr.amiengine.web.BarChart;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The public observatory of deployments: per published campaign and functional family, the deployments declared by
 * administrations (approved feedback only), then a page per solution with its figures, its approved feedback and a
 * chart of deployments per quarter (server-side SVG, its figures in a table beside it). No JavaScript.
 */
@Path("/observatoire")
@Tenant("web")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ObservatoryPage {

    /** A campaign's figures and the chart of its deployments per family. */
    public record CampaignBlock(CampaignFigures campaign, BarChart chart) {
    }

    /** A quarter as the page names it, and its deployments. */
    public record QuarterLine(String label, int deployments) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<CampaignBlock> campaigns, String scope, String jsonUrl, String csvUrl);

        static native TemplateInstance solution(String code, String title, SolutionFigures s, BarChart chart,
                                                List<QuarterLine> quarters);
    }

    @Inject
    ObservatoryService observatory;

    @Inject
    ObservatoryTexts texts;

    @GET
    public Response index() {
        return page(null);
    }

    @GET
    @Path("{code}")
    public Response campaign(@PathParam("code") String code) {
        return page(code);
    }

    private Response page(String code) {
        List<CampaignBlock> blocks = observatory.document(code).campaigns().stream()
                .map(c -> new CampaignBlock(c, BarChart.of(texts.families_chart(c.title()), c.families().stream()
                        .map(f -> new BarChart.Line(f.label(), f.deployments())).toList())))
                .toList();
        String query = code == null ? "" : "?campaign=" + code;
        return Pages.html(Templates.index(blocks, code, "/api/public/observatory" + query, "/api/public/observatory.csv" + query));
    }

    @GET
    @Path("{code}/{ref}")
    public Response solution(@PathParam("code") String code, @PathParam("ref") String reference) {
        CampaignFigures campaign = observatory.document(code).campaigns().get(0);
        SolutionFigures s = ObservatoryService.find(campaign, reference);
        List<QuarterLine> quarters = s.quarters().stream()
                .map(q -> new QuarterLine(texts.quarter(q.quarter(), q.year()), q.deployments())).toList();
        BarChart chart = BarChart.of(texts.quarters_chart(s.name()),
                quarters.stream().map(q -> new BarChart.Line(q.label(), q.deployments())).toList());
        return Pages.html(Templates.solution(code, campaign.title(), s, chart, quarters));
    }
}
