package fr.amiengine.web;

import io.quarkus.oidc.Tenant;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A page written the way a new one would be, with no anti-forgery check of its own: {@link FormTokenFilterTest}
 * shows that the filter protects it all the same. Exists in the tests only.
 */
@Path("/essai/formulaire")
@Tenant("web")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UncheckedFormPage {

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String save(@RestForm String note) {
        return "enregistré\u00a0: " + note;
    }

    @POST
    @Path("sans-champ")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String act() {
        return "fait";
    }

    @POST
    @Path("fichier")
    @Operation(hidden = true)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String upload(@RestForm String note) {
        return "reçu\u00a0: " + note;
    }
}
