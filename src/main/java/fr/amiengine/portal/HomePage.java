package fr.amiengine.portal;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.evaluation.scoring.MyAssignmentView;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationRequest;
import fr.amiengine.identity.OrganisationService;
import fr.amiengine.identity.OrganisationUpdate;
import fr.amiengine.identity.OrganisationView;
import fr.amiengine.identity.Roles;
import fr.amiengine.publication.MyFeedbackView;
import fr.amiengine.publication.PanoramaEntryService;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.Violations;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.CandidatureSummary;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
import fr.amiengine.web.LocalPath;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import fr.amiengine.workshops.WorkshopService;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The public home page, the sign-in entry, and each person's space: a candidate's organisation and files, the
 * administrators' shortcuts. Pages use the {@code web} OIDC tenant (authorization-code flow with Keycloak).
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CampaignView> open, List<CampaignView> others);

        static native TemplateInstance space(Optional<OrganisationView> organisation, List<CandidatureSummary> candidatures,
                                             List<CampaignView> open, boolean buyer, List<MyFeedbackView> feedbacks,
                                             List<MyAssignmentView> assignments, boolean laureate);

        static native TemplateInstance organisation(Optional<OrganisationView> organisation, FormState form,
                                                    List<Option> kinds, String back);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    CandidatureService candidatures;

    @Inject
    OrganisationService organisations;

    @Inject
    PanoramaEntryService entries;

    @Inject
    ScoringService scoring;

    @Inject
    WorkshopService workshops;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession session;

    @Inject
    OidcConfigurationMetadata oidc;

    @ConfigProperty(name = "quarkus.oidc.web.client-id")
    String oidcClientId;

    @GET
    @PermitAll
    public Response home() {
        List<CampaignView> visible = campaigns.list(current.get()).stream().filter(c -> c.state() != CampaignState.DRAFT).toList();
        return Pages.html(Templates.home(
                visible.stream().filter(c -> c.state() == CampaignState.OPEN).toList(),
                visible.stream().filter(c -> c.state() != CampaignState.OPEN).toList()));
    }

    /**
     * Protected on purpose: reaching it starts the sign-in with Keycloak, then leads back to the page the person
     * came from ({@code retour}, a path of this site only: see {@link LocalPath}), else to one's space. A candidate
     * who has not declared an organisation yet declares it first, then goes back to that page.
     */
    @GET
    @Path("connexion")
    @Authenticated
    public Response login(@QueryParam("retour") String back) {
        String safe = LocalPath.isSafe(back) ? back : null;
        var actor = current.get();
        if (actor.isCandidate() && actor.organisationId() == null) {
            return Pages.seeOther("/organisation" + Pages.query("retour", safe));
        }
        return Pages.seeOther(safe == null ? "/espace" : safe);
    }

    /**
     * Sign-out, by the form in every page's header: a POST with the form token, so that no link, image or form of
     * another site can sign a person out (Quarkus' own logout path would answer any GET). It ends the session here
     * (the session cookie) and at Keycloak, whose end-session endpoint brings the browser back to the home page.
     * A request without a browser session (nobody, or a bearer token) has nothing to end and goes home.
     */
    @POST
    @Path("deconnexion")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context UriInfo uri) {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            return Pages.seeOther("/");
        }
        URI endSession = UriBuilder.fromUri(oidc.getEndSessionUri())
                .queryParam("client_id", oidcClientId)
                .queryParam("id_token_hint", idToken.getToken())
                .queryParam("post_logout_redirect_uri", uri.getBaseUri().resolve("/"))
                .build();
        session.logout().await().atMost(Duration.ofSeconds(10));
        return Response.seeOther(endSession).build();
    }

    @GET
    @Path("espace")
    @Authenticated
    public Response space() {
        var actor = current.get();
        if (actor.isCandidate() && actor.organisationId() == null) {
            return Pages.seeOther("/organisation");
        }
        List<CampaignView> open = campaigns.list(actor).stream().filter(c -> c.state() == CampaignState.OPEN).toList();
        Optional<OrganisationView> organisation = organisations.of(actor);
        // a member of an administration comes as a buyer first: the panorama and their feedback, not a new candidature
        boolean buyer = organisation.map(o -> o.kind() == OrganisationKind.ADMINISTRATION).orElse(false);
        return Pages.html(Templates.space(organisation, candidatures.mine(actor), open, buyer,
                buyer ? entries.feedbackOf(actor) : List.of(),
                actor.isEvaluator() ? scoring.myAssignments(actor).current() : List.of(), workshops.isLaureate(actor)));
    }

    @GET
    @Path("organisation")
    @RolesAllowed(Roles.CANDIDATE)
    public Response organisationForm(@QueryParam("retour") String back) {
        Optional<OrganisationView> mine = organisations.of(current.get());
        FormState form = new FormState();
        mine.ifPresent(o -> form.set("siren", o.siren()).set("legalName", o.legalName())
                .set("postalAddress", o.postalAddress()).set("contactEmail", o.contactEmail())
                .set("contactPhone", o.contactPhone()));
        return Pages.html(Templates.organisation(mine, form, kinds(), LocalPath.orElse(back, "")));
    }

    /** The members of an organisation change its name, SIREN, address or contact; only their own organisation. */
    @POST
    @Path("organisation/modifier")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateOrganisation(@RestForm String siren, @RestForm String legalName, @RestForm String postalAddress,
                                       @RestForm String contactEmail, @RestForm String contactPhone) {
        FormState form = new FormState().set("siren", siren).set("legalName", legalName).set("postalAddress", postalAddress)
                .set("contactEmail", contactEmail).set("contactPhone", contactPhone);
        Optional<OrganisationView> mine = organisations.of(current.get());
        if (mine.isEmpty()) {
            return Pages.seeOther("/organisation");
        }
        OrganisationUpdate request = new OrganisationUpdate(siren, legalName, postalAddress, blankToNull(contactEmail),
                blankToNull(contactPhone));
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                organisations.update(current.get(), request);
                return Pages.seeOther("/organisation", Notices.ORGANISATION_UPDATED);
            } catch (AmiException e) {
                if (e.kind() == AmiException.Kind.FORBIDDEN || e.kind() == AmiException.Kind.NOT_FOUND) {
                    throw e;
                }
                form.errors(e.errors()).error("siren", e.getMessage());
            }
        }
        return Pages.html(422, Templates.organisation(mine, form, kinds(), ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @POST
    @Path("organisation")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareOrganisation(@RestForm String siren, @RestForm String legalName, @RestForm String kind,
                                        @RestForm("retour") String back) {
        FormState form = new FormState().set("siren", siren).set("legalName", legalName).set("kind", kind);
        OrganisationKind parsedKind = Enums.named(OrganisationKind.class, kind);
        OrganisationRequest request = new OrganisationRequest(siren, legalName, parsedKind);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                organisations.declare(current.get(), token.getClaim("email"), request);
                return Pages.seeOther(LocalPath.orElse(back, "/espace"), Notices.ORGANISATION_DECLARED);
            } catch (AmiException e) {
                form.errors(e.errors()).error("siren", e.getMessage());
            }
        }
        return Pages.html(422, Templates.organisation(Optional.empty(), form, kinds(), LocalPath.orElse(back, "")));
    }

    private static List<Option> kinds() {
        return Options.of(OrganisationKind.values(), k -> k.label);
    }
}
