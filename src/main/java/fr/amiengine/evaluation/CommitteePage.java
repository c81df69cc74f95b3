package fr.amiengine.evaluation;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.Violations;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' pages of the evaluation: the committee, the assignment, the dashboard, a file's evaluations. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CommitteePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance committee(CampaignView campaign, List<EvaluatorView> members, FormState form,
                                                 Optional<EvaluatorService.Invited> invited);

        static native TemplateInstance assignment(CampaignView campaign, AssignmentView assignment, FormState form, String refusal);

        static native TemplateInstance dashboard(CampaignView campaign, ProgressView progress, ProgressChart chart);

        static native TemplateInstance evaluations(FileEvaluationsView evaluations, List<AssignmentView.Line> assignments,
                                                   String campaignCode);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    EvaluatorService evaluators;

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

    @Inject
    Validator validator;

    @GET
    @Path("admin/campagnes/{code}/comite")
    public Response committee(@PathParam("code") String code) {
        return Pages.html(Templates.committee(campaigns.get(current.get(), code), evaluators.ofCampaign(code), new FormState(),
                Optional.empty()));
    }

    @POST
    @Path("admin/campagnes/{code}/comite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("code") String code, @RestForm String email,
                           @RestForm String firstName, @RestForm String lastName, @RestForm String administration,
                           @RestForm("families") List<String> families, @RestForm String maxFiles) {
        FormState form = new FormState().set("email", email).set("firstName", firstName).set("lastName", lastName)
                .set("administration", administration).setAll("families", families).set("maxFiles", maxFiles);
        Integer cap = null;
        if (maxFiles != null && !maxFiles.isBlank()) {
            try {
                cap = Integer.valueOf(maxFiles.strip());
            } catch (NumberFormatException e) {
                form.error("maxFiles", "Nombre entier attendu");
            }
        }
        EvaluatorRequests.Invitation request = new EvaluatorRequests.Invitation(email, firstName, lastName, administration,
                families, cap);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                EvaluatorService.Invited invited = evaluators.invite(current.get(), code, request);
                // The answer says whether an account was created and mailed its sign-in link.
                return Pages.html(Templates.committee(campaigns.get(current.get(), code), evaluators.ofCampaign(code),
                        new FormState(), Optional.of(invited)));
            } catch (AmiException e) {
                if (e.kind() == AmiException.Kind.FORBIDDEN || e.kind() == AmiException.Kind.NOT_FOUND) {
                    throw e;
                }
                form.errors(e.errors());
                if (e.errors().isEmpty()) {
                    form.error("email", e.getMessage());
                }
            }
        }
        return Pages.html(422, Templates.committee(campaigns.get(current.get(), code), evaluators.ofCampaign(code), form,
                Optional.empty()));
    }

    @GET
    @Path("admin/campagnes/{code}/affectation")
    public Response assignment(@PathParam("code") String code) {
        return assignmentPage(code, defaultDue(), null, 200);
    }

    @POST
    @Path("admin/campagnes/{code}/affectation/auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("code") String code) {
        try {
            assignments.propose(current.get(), code);
            return Pages.seeOther("/admin/campagnes/" + code + "/affectation", Notices.ASSIGNMENT_PROPOSED);
        } catch (AmiException e) {
            return assignmentPage(code, defaultDue(), e.getMessage(), e.kind().status);
        }
    }

    @POST
    @Path("admin/affectations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") Long id, @RestForm Long evaluatorId,
                           @RestForm String campaign) {
        try {
            assignments.change(current.get(), id, evaluatorId);
            return Pages.seeOther("/admin/campagnes/" + campaign + "/affectation", Notices.ASSIGNMENT_CHANGED);
        } catch (AmiException e) {
            return assignmentPage(campaign, defaultDue(), e.getMessage(), e.kind().status);
        }
    }

    @POST
    @Path("admin/campagnes/{code}/affectation/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("code") String code, @RestForm String dueAt) {
        FormState form = new FormState().set("dueAt", dueAt);
        try {
            Instant due = LocalDateTime.parse(dueAt == null ? "" : dueAt.strip()).atZone(FrenchFormat.PARIS).toInstant();
            assignments.requestRelease(current.get(), code, due);
            return Pages.seeOther("/admin/campagnes/" + code + "/evaluation", Notices.ASSIGNMENT_RELEASED);
        } catch (DateTimeParseException e) {
            form.error("dueAt", "Date et heure attendues (jour, mois, année, heure et minutes)");
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID && e.kind() != AmiException.Kind.CONFLICT) {
                throw e;
            }
            form.error("dueAt", e.getMessage());
        }
        return assignmentPage(code, form, null, 422);
    }

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
            throw AmiException.invalid("reason", "Indiquez pourquoi l'évaluation est rouverte.");
        }
        scoring.reopen(current.get(), id, reason);
        return Pages.seeOther("/admin/candidatures/" + reference + "/evaluations", Notices.EVALUATION_REOPENED);
    }

    private Response assignmentPage(String code, FormState form, String refusal, int status) {
        return Pages.html(status, Templates.assignment(campaigns.get(current.get(), code), assignments.view(code), form, refusal));
    }

    private static FormState defaultDue() {
        Instant due = Instant.now().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.HOURS);
        return new FormState().set("dueAt", LocalDateTime.ofInstant(due, FrenchFormat.PARIS).toString().substring(0, 16));
    }

    private AssignmentView.FileLine assignmentsOfFile(String reference) {
        return assignments.view(campaignOf(reference)).files().stream().filter(f -> f.reference().equals(reference))
                .findFirst().orElse(null);
    }

    private String campaignOf(String reference) {
        return consolidation.campaignOf(reference);
    }
}
