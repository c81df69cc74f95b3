package fr.amiengine.evaluation.committee;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Violations;
import fr.amiengine.web.FormState;
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
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The administrators' page of a campaign's committee: its members, their declarations, the invitation of a member. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CommitteePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance committee(CampaignView campaign, List<EvaluatorView> members, FormState form,
                                                 Optional<EvaluatorService.Invited> invited);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    EvaluatorService evaluators;

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
}
