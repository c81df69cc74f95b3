package fr.amiengine.selection;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' pages of the committee session: ranking, proposal, decisions, four-eyes approval. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SelectionPage {

    static final List<Option> OUTCOMES = Arrays.stream(DecisionOutcome.values())
            .filter(o -> o != DecisionOutcome.RENOUNCED).map(o -> new Option(o.name(), o.label)).toList();

    /** The search and filters of the list of files and decisions, as the address carries them. */
    public record Filters(String search, String track, String decision) {

        static final Filters NONE = new Filters(null, null, null);

        public String pageAddress(String code, int page) {
            return "/admin/campagnes/" + code + "/selection" + Pages.query("q", search, "volet", track, "decision", decision,
                    "page", page == 1 ? null : String.valueOf(page));
        }
    }

    /** The files of one track on the page shown, in the order of their rank. */
    public record TrackFiles(String label, List<SelectionView.Line> files) {
    }

    /**
     * The page of the list of files and decisions: those matching the filters, {@value PageRequest#DEFAULT_SIZE} a
     * page, grouped by track.
     */
    public record DecisionList(Filters filters, PageResult<SelectionView.Line> page, List<TrackFiles> tracks, PageNav nav) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance selection(CampaignView campaign, RankingView ranking, SelectionView selection,
                                                 DecisionList list, List<Option> outcomes,
                                                 String approvalBarred, String refusal, FormState form, int awaiting);

        static native TemplateInstance decision(SelectionView.Line file, String campaignCode, FormState form, List<Option> outcomes);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    SelectionService selection;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentActor current;

    @GET
    @Path("admin/campagnes/{code}/selection")
    public Response overview(@PathParam("code") String code, @QueryParam("q") String search,
                             @QueryParam("volet") String track, @QueryParam("decision") String decision,
                             @QueryParam("page") String page) {
        return overviewPage(code, new Filters(search, track, decision), PageRequest.parse(page, null), null,
                new FormState().set("waitlist", 0), 200);
    }

    @POST
    @Path("admin/campagnes/{code}/deliberation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("code") String code) {
        try {
            decisions.openDeliberation(current.get(), code);
            return Pages.seeOther("/admin/campagnes/" + code + "/selection", Notices.DELIBERATION_OPENED);
        } catch (AmiException e) {
            return refused(code, e);
        }
    }

    @POST
    @Path("admin/campagnes/{code}/selection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("code") String code, @RestForm String waitlist) {
        FormState form = new FormState().set("waitlist", waitlist);
        int size;
        try {
            size = Integer.parseInt(waitlist == null ? "0" : waitlist.strip());
        } catch (NumberFormatException e) {
            form.error("waitlist", "Nombre entier attendu");
            return overviewPage(code, null, form, 422);
        }
        try {
            SelectionView view = selection.propose(current.get(), code, size);
            // calculated in the background: the page says so and refreshes itself until the result
            return view.calculatingSince() != null ? Pages.seeOther("/admin/campagnes/" + code + "/selection")
                    : Pages.seeOther("/admin/campagnes/" + code + "/selection", Notices.SELECTION_PROPOSED);
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.INVALID) {
                form.error("waitlist", e.getMessage());
                return overviewPage(code, null, form, 422);
            }
            return refused(code, e);
        }
    }

    @GET
    @Path("admin/candidatures/{ref}/decision")
    public Response decisionForm(@PathParam("ref") String reference) {
        SelectionView.Line file = line(reference);
        FormState form = new FormState().set("outcome", file.outcome()).set("motivation", file.motivation());
        return Pages.html(Templates.decision(file, campaignOf(reference), form, OUTCOMES));
    }

    @POST
    @Path("admin/candidatures/{ref}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("ref") String reference, @RestForm String outcome,
                           @RestForm String motivation) {
        FormState form = new FormState().set("outcome", outcome).set("motivation", motivation);
        DecisionOutcome chosen = Enums.named(DecisionOutcome.class, outcome);
        if (chosen == null) {
            form.error("outcome", "Choisissez une décision");
        } else {
            try {
                decisions.decide(current.get(), reference, new DecisionRequest(chosen, motivation));
                return Pages.seeOther("/admin/campagnes/" + campaignOf(reference) + "/selection", Notices.DECISION_SET);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID && e.kind() != AmiException.Kind.CONFLICT) {
                    throw e;
                }
                form.errors(e.errors());
                if (e.errors().isEmpty()) {
                    form.error("motivation", e.getMessage());
                }
            }
        }
        return Pages.html(422, Templates.decision(line(reference), campaignOf(reference), form, OUTCOMES));
    }

    @POST
    @Path("admin/campagnes/{code}/decisions/soumission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("code") String code) {
        try {
            decisions.submit(current.get(), code);
            return Pages.seeOther("/admin/campagnes/" + code + "/selection", Notices.DECISIONS_SUBMITTED);
        } catch (AmiException e) {
            return refused(code, e);
        }
    }

    @POST
    @Path("admin/campagnes/{code}/decisions/approbation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("code") String code, @RestForm String approved,
                            @RestForm String reason) {
        FormState form = new FormState().set("approved", approved).set("reason", reason).set("waitlist", 0);
        if (!"oui".equals(approved) && !"non".equals(approved)) {
            form.error("approved", "Choisissez d’approuver ou de renvoyer les décisions");
            return overviewPage(code, null, form, 422);
        }
        try {
            decisions.approve(current.get(), code, new ApprovalRequest("oui".equals(approved), reason));
            return Pages.seeOther("/admin/campagnes/" + code + "/selection",
                    "oui".equals(approved) ? Notices.DECISIONS_APPROVED : Notices.DECISIONS_SENT_BACK);
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.INVALID) {
                form.error("reason", e.getMessage());
                return overviewPage(code, null, form, 422);
            }
            return refused(code, e);
        }
    }

    private Response refused(String code, AmiException e) {
        if (e.kind() == AmiException.Kind.NOT_FOUND) {
            throw e;
        }
        return overviewPage(code, e.getMessage(), new FormState().set("waitlist", 0), e.kind().status);
    }

    private Response overviewPage(String code, String refusal, FormState form, int status) {
        return overviewPage(code, Filters.NONE, PageRequest.first(), refusal, form, status);
    }

    /**
     * The page: the totals per track and family and the problems always count every file; only the list of files and
     * decisions below them is searched (a reference, a SIREN, words of the organisation's or solution's name, accents
     * and case ignored), filtered by track and decision, and paged, in the order of the ranking.
     */
    private Response overviewPage(String code, Filters filters, PageRequest page, String refusal, FormState form, int status) {
        CampaignView campaign = campaigns.get(current.get(), code);
        RankingView ranking = EnumSet.of(CampaignState.DRAFT, CampaignState.OPEN, CampaignState.CLOSED).contains(campaign.state())
                ? null : selection.ranking(code);
        SelectionView view = campaign.state() == CampaignState.EVALUATION ? null : selection.view(code);
        int awaiting = campaign.state() == CampaignState.EVALUATION ? decisions.awaitingEvaluation(code).size() : 0;
        DecisionList list = view == null ? null : list(view, filters, page);
        return Pages.html(status, Templates.selection(campaign, ranking, view, list, OUTCOMES,
                decisions.approvalBarred(current.get(), code).orElse(null), refusal, form, awaiting));
    }

    /** The files of {@code view} that {@code filters} keep, in the order of the ranking, the page asked for. */
    static DecisionList list(SelectionView view, Filters filters, PageRequest page) {
        List<SelectionView.Line> matching = view.files(filters.search(), filters.track(),
                Enums.parse(DecisionOutcome.class, "decision", filters.decision()));
        PageResult<SelectionView.Line> shown = PageResult.of(matching, page);
        List<TrackFiles> tracks = view.tracks().stream()
                .map(t -> new TrackFiles(t.label(), shown.items().stream().filter(f -> f.trackCode().equals(t.code())).toList()))
                .filter(t -> !t.files().isEmpty()).toList();
        return new DecisionList(filters, shown, tracks, PageNav.of(shown, n -> filters.pageAddress(view.campaignCode(), n)));
    }

    private SelectionView.Line line(String reference) {
        return selection.view(campaignOf(reference)).files().stream().filter(l -> l.reference().equals(reference)).findFirst()
                .orElseThrow(() -> AmiException.notFound("Le dossier " + reference + " n’a pas de décision proposée."));
    }

    private String campaignOf(String reference) {
        return decisions.campaignOf(reference);
    }
}
