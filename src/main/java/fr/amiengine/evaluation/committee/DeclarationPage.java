package fr.amiengine.evaluation.committee;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.Violations;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A committee member's declaration of interests, before they see any file. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class DeclarationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance declaration(String code, EvaluatorView member, FormState form, List<Option> kinds);
    }

    @Inject
    EvaluatorService evaluators;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @GET
    @Path("evaluation/campagnes/{code}/declaration")
    public Response declarationForm(@PathParam("code") String code) {
        return Pages.html(Templates.declaration(code, evaluators.view(evaluators.memberOf(current.get(), code)), new FormState(),
                kinds()));
    }

    @POST
    @Path("evaluation/campagnes/{code}/declaration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@PathParam("code") String code, @RestForm String action,
                            @RestForm String siren, @RestForm String kind, @RestForm String note) {
        Actor actor = current.get();
        FormState form = new FormState().set("siren", siren).set("kind", kind).set("note", note);
        List<EvaluatorRequests.Link> links = new ArrayList<>();
        boolean adding = siren != null && !siren.isBlank();
        if (adding) {
            ConflictKind parsed = Enums.named(ConflictKind.class, kind);
            EvaluatorRequests.Link link = new EvaluatorRequests.Link(siren, parsed, note);
            form.errors(Violations.of(validator.validate(link)));
            links.add(link);
        }
        if (!form.hasErrors()) {
            evaluators.declare(actor, code, new EvaluatorRequests.Declaration(links, "terminer".equals(action)));
            return "terminer".equals(action) ? Pages.seeOther("/evaluation", Notices.DECLARATION_DONE)
                    : Pages.seeOther("/evaluation/campagnes/" + code + "/declaration", Notices.LINK_ADDED);
        }
        return Pages.html(422, Templates.declaration(code, evaluators.view(evaluators.memberOf(actor, code)), form, kinds()));
    }

    private static List<Option> kinds() {
        return Options.of(ConflictKind.values(), k -> k.label);
    }
}
