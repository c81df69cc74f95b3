package fr.amiengine.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Responses of the web pages: HTML, and the 303 redirect that follows a successful form. */
public final class Pages {

    public static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }

    public static Response html(TemplateInstance page) {
        return html(200, page);
    }

    /** A form shown again with its errors answers 422, so that tools and tests see the refusal. */
    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public static Response seeOther(String path, String notice) {
        return seeOther(path + (path.contains("?") ? "&" : "?") + "info=" + notice);
    }
}
