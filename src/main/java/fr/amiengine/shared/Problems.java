package fr.amiengine.shared;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds the answer to a failure: an RFC 9457 {@code application/problem+json} document for the API, an HTML
 * page for a browser on the web pages. Both carry the same French title and detail.
 */
@ApplicationScoped
public class Problems {

    @Inject
    CurrentVertxRequest request;

    @Inject
    Instance<ErrorPages> errorPages;

    public Response respond(int status, String title, String detail, List<FieldError> errors) {
        RoutingContext context = request.getCurrent();
        String path = context == null ? null : context.normalizedPath();
        if (context != null && wantsHtml(context, path) && errorPages.isResolvable()) {
            return errorPages.get().render(status, title, detail, errors);
        }
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, path, errors))
                .build();
    }

    private static boolean wantsHtml(RoutingContext context, String path) {
        String accept = context.request().getHeader("Accept");
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/")
                && accept != null && accept.contains("text/html");
    }
}
