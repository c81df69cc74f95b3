package fr.amiengine.evaluation.assignment;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.FrenchText;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.PageNav;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' page of a campaign's assignment: the proposal, its changes, its release with a due date. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AssignmentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignment(CampaignView campaign, AssignmentView assignment,
                                                  PageResult<AssignmentView.FileLine> files, PageNav nav, String search,
                                                  FormState form, String refusal);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentActor current;

    @GET
    @Path("admin/campagnes/{code}/affectation")
    public Response assignment(@PathParam("code") String code, @QueryParam("q") String search,
                               @QueryParam("page") String page) {
        return assignmentPage(code, search, PageRequest.parse(page, null), defaultDue(), null, 200);
    }

    @POST
    @Path("admin/campagnes/{code}/affectation/auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("code") String code) {
        try {
            AssignmentView view = assignments.propose(current.get(), code);
            // calculated in the background: the page says so and refreshes itself until the result
            return view.calculatingSince() != null ? Pages.seeOther("/admin/campagnes/" + code + "/affectation")
                    : Pages.seeOther("/admin/campagnes/" + code + "/affectation", Notices.ASSIGNMENT_PROPOSED);
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

    private Response assignmentPage(String code, FormState form, String refusal, int status) {
        return assignmentPage(code, null, PageRequest.first(), form, refusal, status);
    }

    /**
     * The page with {@value PageRequest#DEFAULT_SIZE} files a page: the proposal is computed whole (the loads count
     * every file), and only the files of the page asked for are shown, those matching the search (a reference, words
     * of the organisation's or the solution's name, case and accents ignored).
     */
    private Response assignmentPage(String code, String search, PageRequest page, FormState form, String refusal, int status) {
        AssignmentView view = assignments.view(code);
        List<String> words = FrenchText.words(search);
        List<AssignmentView.FileLine> matching = view.files().stream().filter(f -> words.stream().allMatch(w ->
                FrenchText.fold(f.reference() + " " + f.organisation() + " " + f.solution()).contains(w))).toList();
        PageResult<AssignmentView.FileLine> files = PageResult.of(matching, page);
        PageNav nav = PageNav.of(files, n -> "/admin/campagnes/" + code + "/affectation"
                + Pages.query("q", search, "page", n == 1 ? null : String.valueOf(n)));
        return Pages.html(status, Templates.assignment(campaigns.get(current.get(), code), view, files, nav,
                search == null ? "" : search, form, refusal));
    }

    private static FormState defaultDue() {
        Instant due = Instant.now().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.HOURS);
        return new FormState().set("dueAt", LocalDateTime.ofInstant(due, FrenchFormat.PARIS).toString().substring(0, 16));
    }
}
