package fr.amiengine.publication.rules;

import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public page of a campaign's rules: the published document, for people. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class RulesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(RulesDocument rules, String json);
    }

    @Inject
    RulesService rules;

    @GET
    @Path("campagnes/{code}/regles")
    @PermitAll
    public Response page(@PathParam("code") String code) {
        return Pages.html(Templates.rules(rules.document(code), "/api/public/campaigns/" + code + "/rules"));
    }
}
