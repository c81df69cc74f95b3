package fr.amiengine.admissibility;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.Violations;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import fr.amiengine.submission.CandidatureFilter;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.submission.CandidatureSummary;
import fr.amiengine.submission.CandidatureView;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
import fr.amiengine.web.PageNav;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' pages: the files of a campaign with filters, and the admissibility review of a file. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdmissibilityPage {

    /** The filters and the search of the list, as typed: kept in the address of every page of the list. */
    public record Filters(String state, String family, String track, String search) {

        /** The address of page {@code page} of this list, with these filters. */
        public String pageAddress(String code, int page) {
            return "/admin/campagnes/" + code + "/candidatures" + Pages.query("q", search, "etat", state, "famille", family,
                    "volet", track, "page", page == 1 ? null : String.valueOf(page));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidatures(CampaignView campaign, PageResult<CandidatureSummary> candidatures, PageNav nav, Filters filters,
                                                    List<Option> states, String refusal);

        static native TemplateInstance review(CandidatureView candidature, FormState form, boolean awaitingReview,
                                              List<Option> outcomes);

        static native TemplateInstance confirm(CandidatureView candidature, FormState form, String outcomeLabel,
                                               String dueAt);
    }

    private static final List<Option> OUTCOMES = List.of(
            new Option(AdmissibilityOutcome.ADMISSIBLE.name(), "Recevable"),
            new Option(AdmissibilityOutcome.INADMISSIBLE.name(), "Irrecevable (motif obligatoire)"),
            new Option(AdmissibilityOutcome.CORRECTION_REQUESTED.name(), "À corriger par le candidat (motif et échéance obligatoires)"));

    @Inject
    CampaignService campaigns;

    @Inject
    CandidatureService candidatures;

    @Inject
    AdmissibilityService admissibility;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @GET
    @Path("admin/campagnes/{code}/candidatures")
    public Response list(@PathParam("code") String code, @QueryParam("etat") String state,
                         @QueryParam("famille") String family, @QueryParam("volet") String track,
                         @QueryParam("q") String search, @QueryParam("page") String page) {
        return listPage(code, new Filters(state, family, track, search), PageRequest.parse(page, null), null, 200);
    }

    Response listPage(String code, Filters filters, PageRequest page, String refusal, int status) {
        CampaignView campaign = campaigns.get(current.get(), code);
        CandidatureState parsed = Enums.parse(CandidatureState.class, "etat", filters.state());
        PageResult<CandidatureSummary> found = candidatures.pageOfCampaign(code,
                new CandidatureFilter(parsed, filters.track(), filters.family(), filters.search()), page);
        return Pages.html(status, Templates.candidatures(campaign, found, PageNav.of(found, n -> filters.pageAddress(code, n)), filters,
                Options.of(CandidatureState.values(), s -> s.label), refusal));
    }

    @GET
    @Path("admin/candidatures/{ref}")
    public Response review(@PathParam("ref") String reference) {
        CandidatureView candidature = candidatures.get(current.get(), reference);
        return Pages.html(Templates.review(candidature, new FormState(), admissibility.awaitsReview(reference), OUTCOMES));
    }

    @POST
    @Path("admin/candidatures/{ref}/recevabilite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("ref") String reference, @RestForm String outcome,
                           @RestForm String reason, @RestForm String correctionDueAt, @RestForm String etape) {
        FormState form = new FormState().set("outcome", outcome).set("reason", reason).set("correctionDueAt", correctionDueAt);
        if ("modifier".equals(etape)) {
            return Pages.html(Templates.review(candidatures.get(current.get(), reference), form,
                    admissibility.awaitsReview(reference), OUTCOMES));
        }
        AdmissibilityOutcome parsedOutcome = Enums.named(AdmissibilityOutcome.class, outcome);
        Instant due = null;
        if (correctionDueAt != null && !correctionDueAt.isBlank()) {
            try {
                due = LocalDateTime.parse(correctionDueAt.strip()).atZone(FrenchFormat.PARIS).toInstant();
            } catch (DateTimeParseException e) {
                form.error("correctionDueAt", "Date et heure attendues (jour, mois, année, heure et minutes)");
            }
        }
        AdmissibilityRequest request = new AdmissibilityRequest(parsedOutcome, reason, due);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors() && !"confirmer".equals(etape)) {
            try {
                admissibility.check(request);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        if (!form.hasErrors() && !"confirmer".equals(etape)) {
            // the decision is final once recorded: a summary asks for confirmation first (no script needed)
            String label = OUTCOMES.stream().filter(o -> o.value().equals(parsedOutcome.name())).findFirst()
                    .map(Option::label).orElseThrow();
            return Pages.html(Templates.confirm(candidatures.get(current.get(), reference), form, label,
                    due == null ? null : FrenchFormat.dateTime(due)));
        }
        if (!form.hasErrors()) {
            try {
                admissibility.decide(current.get(), reference, request);
                return Pages.seeOther("/admin/candidatures/" + reference, Notices.DECISION_RECORDED);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        CandidatureView candidature = candidatures.get(current.get(), reference);
        return Pages.html(422, Templates.review(candidature, form, admissibility.awaitsReview(reference), OUTCOMES));
    }

}
