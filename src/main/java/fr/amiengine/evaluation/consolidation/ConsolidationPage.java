package fr.amiengine.evaluation.consolidation;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.evaluation.assignment.AssignmentService;
import fr.amiengine.evaluation.assignment.AssignmentView;
import fr.amiengine.evaluation.scoring.FileEvaluationsView;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
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
import org.jboss.resteasy.reactive.RestForm;

/**
 * The administrators' pages of the evaluation's results: the dashboard of its progress, a file's evaluations with
 * their consolidation, and the reopening of an evaluation.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ConsolidationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(CampaignView campaign, ProgressView progress, fr.amiengine.web.BarChart chart);

        static native TemplateInstance evaluations(FileEvaluationsView evaluations, List<AssignmentView.Line> assignments,
                                                   String campaignCode);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    AssignmentService assignments;

    @Inject
    ProgressService progress;

    @Inject
    ConsolidationService consolidation;

    @Inject
    ScoringService scoring;

    @Inject
    CurrentActor current;

    @GET
    @Path("admin/campagnes/{code}/evaluation")
    public Response dashboard(@PathParam("code") String code) {
        ProgressView figures = progress.progress(code);
        return Pages.html(Templates.dashboard(campaigns.get(current.get(), code), figures, ProgressChart.of(figures)));
    }

    @GET
    @Path("admin/candidatures/{ref}/evaluations")
    public Response evaluations(@PathParam("ref") String reference) {
        FileEvaluationsView view = consolidation.evaluationsOf(current.get(), reference);
        AssignmentView.FileLine line = assignmentsOfFile(reference);
        return Pages.html(Templates.evaluations(view, line == null ? List.of() : line.evaluators(), campaignOf(reference)));
    }

    @POST
    @Path("admin/affectations/{id}/reouverture")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") Long id, @RestForm String reason,
                           @RestForm String reference) {
        if (reason == null || reason.isBlank()) {
            throw AmiException.invalid("reason", "Indiquez pourquoi l’évaluation est rouverte.");
        }
        scoring.reopen(current.get(), id, reason);
        return Pages.seeOther("/admin/candidatures/" + reference + "/evaluations", Notices.EVALUATION_REOPENED);
    }

    private AssignmentView.FileLine assignmentsOfFile(String reference) {
        return assignments.view(campaignOf(reference)).files().stream().filter(f -> f.reference().equals(reference))
                .findFirst().orElse(null);
    }

    private String campaignOf(String reference) {
        return consolidation.campaignOf(reference);
    }
}
