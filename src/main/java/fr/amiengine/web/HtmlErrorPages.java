package fr.amiengine.web;

import fr.amiengine.shared.ErrorPages;
import fr.amiengine.shared.FieldError;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The HTML face of the problem documents, for people browsing the pages. */
@ApplicationScoped
public class HtmlErrorPages implements ErrorPages {

    @Inject
    @Location("erreur.html")
    Template page;

    @Override
    public Response render(int status, String title, String detail, List<FieldError> errors) {
        String html = page.data("status", status).data("title", title).data("detail", detail).data("errors", errors).render();
        return Response.status(status).type(Pages.HTML).entity(html).build();
    }
}
