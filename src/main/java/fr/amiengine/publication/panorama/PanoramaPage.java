package fr.amiengine.publication.panorama;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.publication.MyFeedbackView;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.publication.PanoramaEntryService;
import fr.amiengine.publication.feedback.FeedbackOutcome;
import fr.amiengine.publication.feedback.FeedbackRequest;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.MaturityLevel;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.PageContext;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.security.PermitAll;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The public panorama: the published campaigns, the retained solutions of one campaign grouped by functional family
 * with search and filters (plain GET forms: every search is a URL to share), a page per solution with its history and
 * deployment feedback, and the feedback form for administrations. No JavaScript.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class PanoramaPage {

    static final List<Option> OUTCOMES = Arrays.stream(FeedbackOutcome.values()).map(o -> new Option(o.name(), o.label)).toList();
    static final List<Option> ADMINISTRATION_TYPES = Arrays.stream(AdministrationType.values())
            .map(t -> new Option(t.name(), t.label)).toList();

    /** The parameters of the panorama's search form. */
    private static final java.util.Set<String> SEARCH_PARAMETERS = java.util.Set.of("q", "famille", "volet", "maturite",
            "deploiement", "hebergement");

    /** Solutions of one family, in the order of the campaign's families. */
    public record Group(String code, String label, List<Solution> solutions) {
    }

    /** The filter lists of the search form. */
    public record Filters(List<Option> families, List<Option> tracks, List<Option> maturities, List<Option> deployments,
                          List<Option> hostings) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<PublicPanorama.Published> campaigns);

        static native TemplateInstance campaign(PanoramaDocument panorama, String results, boolean filtered, FormState form,
                                                Filters filters, String csvUrl, String jsonUrl);

        static native TemplateInstance results(String code, List<Group> groups, int found, boolean filtered, boolean tracks);

        static native TemplateInstance solution(PanoramaDocument panorama, Solution s, boolean preview, boolean mayGiveFeedback,
                                                List<MyFeedbackView> mine);

        static native TemplateInstance feedback(String code, Solution s, FormState form, List<Option> outcomes,
                                                List<Option> types);
    }

    @Inject
    PublicPanorama panorama;

    @Inject
    PanoramaEntryService entries;

    @Inject
    CurrentActor current;

    @Inject
    PageContext page;

    @Inject
    CurrentVertxRequest request;

    @Inject
    jakarta.validation.Validator validator;

    @GET
    @Path("panorama")
    @PermitAll
    public Response index() {
        return Pages.html(Templates.index(panorama.campaigns()));
    }

    @GET
    @Path("panorama/{code}")
    @PermitAll
    public Response campaign(@PathParam("code") String code, @QueryParam("q") String text, @QueryParam("famille") String family,
                             @QueryParam("volet") String track, @QueryParam("maturite") String maturity,
                             @QueryParam("deploiement") String deployment, @QueryParam("hebergement") String hosting) {
        PanoramaQuery query = new PanoramaQuery(text, family, track, maturity, deployment, hosting);
        FormState form = new FormState().set("q", text).set("famille", family).set("volet", track).set("maturite", maturity)
                .set("deploiement", deployment).set("hebergement", hosting);
        if (!page.isLoggedIn() && request.getCurrent() != null
                && SEARCH_PARAMETERS.containsAll(request.getCurrent().request().params().names())) {
            // a visitor who is not signed in sees the same page for the same search, so the whole page is rendered once
            // per publication and feedback, keyed by its query string (the sign-in link carries it back); an address
            // with anything else (a notice, unknown parameters) is rendered each time
            String address = request.getCurrent().request().query();
            String whole = panorama.wholePage(code, address == null ? "" : address,
                    document -> render(code, query, form, document).render());
            return Response.ok(whole, Pages.HTML).build();
        }
        return Pages.html(render(code, query, form, panorama.document(code)));
    }

    private TemplateInstance render(String code, PanoramaQuery query, FormState form, PanoramaDocument document) {
        String results = panorama.page(code, query.toString(), published -> {
            List<Solution> found = query.apply(published.solutions());
            return Templates.results(code, groups(published, found), found.size(), !query.isEmpty(),
                    published.campaign().tracks().size() > 1).render();
        }).fragment();
        String base = "/api/public/campaigns/" + code + "/panorama";
        return Templates.campaign(document, results, !query.isEmpty(), form, filters(document), base + ".csv", base);
    }

    static List<Group> groups(PanoramaDocument document, List<Solution> solutions) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Ref f : document.campaign().families()) {
            groups.put(f.code(), new Group(f.code(), f.label(), new ArrayList<>()));
        }
        for (Solution s : solutions) {
            String key = s.family() == null ? "" : s.family().code();
            groups.computeIfAbsent(key, k -> new Group("autres", "Autres solutions", new ArrayList<>())).solutions().add(s);
        }
        return groups.values().stream().filter(g -> !g.solutions().isEmpty()).toList();
    }

    private static Filters filters(PanoramaDocument document) {
        return new Filters(
                document.campaign().families().stream().map(f -> new Option(f.code(), f.label())).toList(),
                document.campaign().tracks().stream().map(t -> new Option(t.code(), t.label())).toList(),
                Arrays.stream(MaturityLevel.values()).map(m -> new Option(m.name(), m.label)).toList(),
                Arrays.stream(DeploymentMode.values()).map(m -> new Option(m.name(), m.label)).toList(),
                Arrays.stream(HostingLocation.values()).map(h -> new Option(h.name(), h.label)).toList());
    }

    @GET
    @Path("panorama/{code}/solutions/{ref}")
    @PermitAll
    public Response solution(@PathParam("code") String code, @PathParam("ref") String reference) {
        PanoramaDocument document = panorama.document(code);
        // the feedback form is offered to those it accepts (members of a verified administration), never to a company;
        // they see here what became of theirs (pending, public, rejected and why), which the public never sees
        List<MyFeedbackView> mine = entries.feedbackOf(current.get()).stream()
                .filter(f -> f.campaignCode().equals(code) && f.reference().equals(reference)).toList();
        return Pages.html(Templates.solution(document, PublicPanorama.solution(document, code, reference), false,
                entries.mayGiveFeedback(current.get()), mine));
    }

    @GET
    @Path("panorama/{code}/solutions/{ref}/retour")
    @Authenticated
    public Response feedbackForm(@PathParam("code") String code, @PathParam("ref") String reference) {
        entries.administrationOf(current.get());
        return Pages.html(Templates.feedback(code, panorama.solution(code, reference),
                new FormState().set("deployedOn", LocalDate.now()), OUTCOMES, ADMINISTRATION_TYPES));
    }

    @POST
    @Path("panorama/{code}/solutions/{ref}/retour")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@PathParam("code") String code, @PathParam("ref") String reference,
                             @RestForm String deployedOn, @RestForm String context, @RestForm String outcome,
                             @RestForm String comment, @RestForm String administrationType) {
        Solution solution = panorama.solution(code, reference);
        FormState form = new FormState().set("deployedOn", deployedOn).set("context", context).set("outcome", outcome)
                .set("comment", comment).set("administrationType", administrationType);
        LocalDate date = null;
        try {
            date = deployedOn == null || deployedOn.isBlank() ? null : LocalDate.parse(deployedOn.strip());
        } catch (DateTimeParseException e) {
            form.error("deployedOn", "Date attendue au format jj/mm/aaaa");
        }
        FeedbackOutcome result = Enums.named(FeedbackOutcome.class, outcome);
        AdministrationType type = Enums.named(AdministrationType.class, administrationType);
        if (type == null) {
            form.error("administrationType", "Dites quel type d’administration vous êtes");
        }
        FeedbackRequest request = new FeedbackRequest(date, context, result, comment, type);
        // the same constraints as the API; a date that could not be read is already reported
        validator.validate(request).stream().filter(v -> !form.hasError(v.getPropertyPath().toString()))
                .forEach(v -> form.error(v.getPropertyPath().toString(), v.getMessage()));
        if (form.hasErrors()) {
            return Pages.html(422, Templates.feedback(code, solution, form, OUTCOMES, ADMINISTRATION_TYPES));
        }
        try {
            entries.addFeedback(current.get(), code, reference, request);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID) {
                throw e;
            }
            form.errors(e.errors());
            return Pages.html(422, Templates.feedback(code, solution, form, OUTCOMES, ADMINISTRATION_TYPES));
        }
        return Pages.seeOther("/panorama/" + code + "/solutions/" + reference, Notices.FEEDBACK_ADDED);
    }
}
