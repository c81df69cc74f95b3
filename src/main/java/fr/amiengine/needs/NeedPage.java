package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import fr.amiengine.web.BarChart;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The pages of the census of needs: an administration's needs, the form to declare or edit one, a need and its
 * closing; the administrators' census with its filters and chart; the public census. No JavaScript.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class NeedPage {

    /** The choices of the form. */
    public record Choices(List<Option> families, List<Option> types, List<Option> hostings, List<Option> securities,
                          List<Option> accessibilities, List<Option> deployments, List<Option> horizons) {
    }

    /** The filters of the administrators' census, as typed. */
    public record Filters(String family, String ministry, String type, String state) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NeedView> needs);

        static native TemplateInstance form(NeedView need, FormState form, Choices choices);

        static native TemplateInstance need(NeedView need, String notice);

        static native TemplateInstance census(NeedCensus census, Filters filters, BarChart chart, List<NeedFamily> families,
                                              List<String> ministries, List<Option> types, List<Option> states);

        static native TemplateInstance publicCensus(PublicNeedCensus census, BarChart chart);
    }

    @Inject
    CurrentActor current;

    @Inject
    NeedService service;

    @Inject
    NeedCensusService census;

    @Inject
    NeedTexts texts;

    @Inject
    Validator validator;

    @GET
    @Path("besoins")
    @Authenticated
    public Response list() {
        return Pages.html(Templates.list(service.mine(current.get())));
    }

    @GET
    @Path("besoins/nouveau")
    @Authenticated
    public Response newForm() {
        service.administrationOf(current.get());
        return Pages.html(Templates.form(null, new FormState(), choices()));
    }

    @POST
    @Path("besoins/nouveau")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@RestForm String title, @RestForm String mission, @RestForm String context,
                            @RestForm String familyCode, @RestForm String administrationType, @RestForm String ministry,
                            @RestForm String usersCount, @RestForm String documentsPerYear, @RestForm String hostingRequired,
                            @RestForm List<String> securityRequired, @RestForm String accessibilityRequired,
                            @RestForm List<String> deploymentModesAccepted, @RestForm String identityFederationRequired,
                            @RestForm String horizon, @RestForm String budgetMinEuros, @RestForm String budgetMaxEuros,
                            @RestForm String privateNotes) {
        service.administrationOf(current.get());
        FormState form = form(title, mission, context, familyCode, administrationType, ministry, usersCount, documentsPerYear,
                hostingRequired, securityRequired, accessibilityRequired, deploymentModesAccepted, identityFederationRequired,
                horizon, budgetMinEuros, budgetMaxEuros, privateNotes, null);
        NeedRequest request = request(form, null);
        if (!form.hasErrors()) {
            try {
                NeedView declared = service.declare(current.get(), request);
                return Pages.seeOther("/besoins/" + declared.reference() + "?fait=declare");
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        return Pages.html(422, Templates.form(null, form, choices()));
    }

    @GET
    @Path("besoins/recensement")
    @PermitAll
    public Response publicCensus() {
        PublicNeedCensus view = census.publicCensus();
        return Pages.html(Templates.publicCensus(view, familyChart(view)));
    }

    @GET
    @Path("besoins/{ref}")
    @Authenticated
    public Response need(@PathParam("ref") String reference, @QueryParam("fait") String done) {
        String notice = switch (done == null ? "" : done) {
            case "declare" -> texts.notice_declared();
            case "modifie" -> texts.notice_edited();
            case "clos" -> texts.notice_closed();
            default -> null;
        };
        return Pages.html(Templates.need(service.one(current.get(), reference), notice));
    }

    @GET
    @Path("besoins/{ref}/modifier")
    @Authenticated
    public Response editForm(@PathParam("ref") String reference) {
        NeedView need = service.one(current.get(), reference);
        if (!need.open()) {
            throw AmiException.conflict(texts.error_closed(need.reference()));
        }
        FormState form = form(need.title(), need.mission(), need.context(), need.family().code(), name(need.administrationType()),
                need.ministry(), text(need.usersCount()), text(need.documentsPerYear()), name(need.hostingRequired()),
                need.securityRequired().stream().map(Enum::name).toList(), name(need.accessibilityRequired()),
                need.deploymentModesAccepted().stream().map(Enum::name).toList(), need.identityFederationRequired(),
                name(need.horizon()), text(need.budgetMinEuros()), text(need.budgetMaxEuros()), need.privateNotes(),
                String.valueOf(need.version()));
        return Pages.html(Templates.form(need, form, choices()));
    }

    @POST
    @Path("besoins/{ref}/modifier")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("ref") String reference, @RestForm String title, @RestForm String mission,
                         @RestForm String context, @RestForm String familyCode, @RestForm String administrationType,
                         @RestForm String ministry, @RestForm String usersCount, @RestForm String documentsPerYear,
                         @RestForm String hostingRequired, @RestForm List<String> securityRequired,
                         @RestForm String accessibilityRequired, @RestForm List<String> deploymentModesAccepted,
                         @RestForm String identityFederationRequired, @RestForm String horizon,
                         @RestForm String budgetMinEuros, @RestForm String budgetMaxEuros, @RestForm String privateNotes,
                         @RestForm String version) {
        NeedView need = service.one(current.get(), reference);
        FormState form = form(title, mission, context, familyCode, administrationType, ministry, usersCount, documentsPerYear,
                hostingRequired, securityRequired, accessibilityRequired, deploymentModesAccepted, identityFederationRequired,
                horizon, budgetMinEuros, budgetMaxEuros, privateNotes, version);
        NeedRequest request = request(form, version);
        if (!form.hasErrors()) {
            try {
                service.edit(current.get(), reference, request);
                return Pages.seeOther("/besoins/" + reference + "?fait=modifie");
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        return Pages.html(422, Templates.form(need, form, choices()));
    }

    @POST
    @Path("besoins/{ref}/clore")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("ref") String reference) {
        service.close(current.get(), reference);
        return Pages.seeOther("/besoins/" + reference + "?fait=clos");
    }

    @GET
    @Path("admin/besoins")
    @RolesAllowed(Roles.ADMIN)
    public Response adminCensus(@QueryParam("famille") String family, @QueryParam("ministere") String ministry,
                                @QueryParam("type") String type, @QueryParam("etat") String state) {
        Filters filters = new Filters(family, ministry, type, state);
        NeedCensus view = census.census(family, ministry, Enums.named(AdministrationType.class, type),
                Enums.named(NeedState.class, state));
        BarChart chart = BarChart.of(texts.census_chart(),
                view.byFamily().stream().map(c -> new BarChart.Line(c.label(), c.needs())).toList());
        return Pages.html(Templates.census(view, filters, chart, service.families(), census.ministries(),
                Options.of(AdministrationType.values(), t -> t.label), Options.of(NeedState.values(), s -> s.label)));
    }

    private BarChart familyChart(PublicNeedCensus view) {
        Map<String, long[]> byFamily = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        view.byFamilyAndAdministrationType().forEach(c -> {
            byFamily.computeIfAbsent(c.family().code(), k -> new long[1])[0] += c.needs();
            labels.putIfAbsent(c.family().code(), c.family().label());
        });
        return BarChart.of(texts.public_chart(), byFamily.entrySet().stream()
                .map(e -> new BarChart.Line(labels.get(e.getKey()), e.getValue()[0])).toList());
    }

    private Choices choices() {
        return new Choices(service.families().stream().map(f -> new Option(f.code(), f.label())).toList(),
                Options.of(AdministrationType.values(), t -> t.label),
                Options.of(new HostingLocation[] {HostingLocation.FRANCE, HostingLocation.EUROPEAN_UNION}, h -> texts.hosting_option(h.label)),
                Options.of(SecurityQualification.values(), q -> q.label),
                Options.of(new AccessibilityLevel[] {AccessibilityLevel.FULLY_COMPLIANT, AccessibilityLevel.PARTIALLY_COMPLIANT},
                        a -> a.label),
                Options.of(DeploymentMode.values(), m -> m.label),
                Options.of(NeedHorizon.values(), h -> h.label));
    }

    private static FormState form(String title, String mission, String context, String familyCode, String administrationType,
                                  String ministry, String usersCount, String documentsPerYear, String hostingRequired,
                                  List<String> securityRequired, String accessibilityRequired,
                                  List<String> deploymentModesAccepted, String identityFederationRequired, String horizon,
                                  String budgetMinEuros, String budgetMaxEuros, String privateNotes, String version) {
        return new FormState().set("title", title).set("mission", mission).set("context", context)
                .set("familyCode", familyCode).set("administrationType", administrationType).set("ministry", ministry)
                .set("usersCount", usersCount).set("documentsPerYear", documentsPerYear)
                .set("hostingRequired", hostingRequired).setAll("securityRequired", securityRequired)
                .set("accessibilityRequired", accessibilityRequired).setAll("deploymentModesAccepted", deploymentModesAccepted)
                .set("identityFederationRequired", identityFederationRequired).set("horizon", horizon)
                .set("budgetMinEuros", budgetMinEuros).set("budgetMaxEuros", budgetMaxEuros).set("privateNotes", privateNotes)
                .set("version", version);
    }

    /** The request the form's values make, with the same constraints as the API; what cannot be read is a form error. */
    private NeedRequest request(FormState form, String version) {
        Integer users = number(form, "usersCount") == null ? null : (int) Math.min(Integer.MAX_VALUE, number(form, "usersCount"));
        NeedRequest request = new NeedRequest(form.value("title"), form.value("mission"), form.value("context"),
                form.value("familyCode"), Enums.named(AdministrationType.class, form.value("administrationType")),
                form.value("ministry"), users, number(form, "documentsPerYear"),
                Enums.named(HostingLocation.class, form.value("hostingRequired")),
                set(SecurityQualification.class, form.values("securityRequired")),
                Enums.named(AccessibilityLevel.class, form.value("accessibilityRequired")),
                set(DeploymentMode.class, form.values("deploymentModesAccepted")), form.value("identityFederationRequired"),
                Enums.named(NeedHorizon.class, form.value("horizon")), number(form, "budgetMinEuros"),
                number(form, "budgetMaxEuros"), form.value("privateNotes"), number(form, "version"));
        validator.validate(request).stream().filter(v -> !form.hasError(v.getPropertyPath().toString()))
                .forEach(v -> form.error(v.getPropertyPath().toString(), v.getMessage()));
        return request;
    }

    /** A whole number typed in a field (spaces allowed, as « 40 000 »); a form error when it is not one. */
    private Long number(FormState form, String field) {
        String typed = form.value(field).replaceAll("[\\s\u00a0\u202f]", "");
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            form.error(field, texts.error_number());
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, List<String> names) {
        Set<E> set = EnumSet.noneOf(type);
        names.stream().map(n -> Enums.named(type, n)).filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Number value) {
        return value == null ? null : value.toString();
    }
}
