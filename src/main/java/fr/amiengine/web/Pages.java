package fr.amiengine.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

    /**
     * A query string ({@code ?a=1&b=2}, or nothing) of the pairs {@code name, value, name, value…} whose value is not
     * blank, each value encoded: the filters of a list kept in the addresses of its pages.
     */
    public static String query(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? '?' : '&').append(pairs[i]).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    public static Response seeOther(String path, String notice) {
        return seeOther(path + (path.contains("?") ? "&" : "?") + "info=" + notice);
    }
}
