package fr.amiengine.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, with a 422 naming the field, a text that holds a control character: NUL (which PostgreSQL refuses in a
 * text column, failing the request with a 500 at commit), the other C0 characters but tab, CR and LF (which long
 * texts use), DEL and the C1 characters. One mechanism for every JSON body, every form and every query parameter,
 * so that no field can be forgotten:
 * <ul>
 *   <li>a Vert.x handler, right after {@link BodySizeGuard}, reads a JSON or form body whole (it is within the body
 *   limit), walks it — JSON by Jackson's streaming parser, which gives the field's path ({@code contact.name},
 *   {@code criteria[1].label}), forms field by field — and hands the body on to the REST layer;</li>
 *   <li>a REST request filter then throws the {@link AmiException} for the first such field, after the caller's
 *   authentication and role checks, so that {@link ProblemMapper} answers as for any invalid input: problem+json for
 *   the API, a French page for the forms.</li>
 * </ul>
 * Multipart bodies (the PDFs) are not read here: their file names are cleaned where they are stored.
 */
@ApplicationScoped
public class TextGuard {

    private static final String FIELD = TextGuard.class.getName() + ".field";
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String type = ctx.request().getHeader("Content-Type");
            Kind kind = Kind.of(type);
            if (kind == null) {
                ctx.next();
                return;
            }
            if (ctx.body().available()) {
                inspect(ctx, kind, ctx.body().buffer());
                ctx.next();
                return;
            }
            HttpServerRequest request = ctx.request();
            if (request.version() == HttpVersion.HTTP_2) {
                // Vert.x refuses to pause an HTTP/2 request read to its end, which the REST layer does next (a 500):
                // its body is left to the REST layer unread here (see docs/security.md, known limits).
                ctx.next();
                return;
            }
            String length = request.getHeader("Content-Length");
            if (length == null || "0".equals(length)) {
                ctx.next();
                return;
            }
            request.body().onComplete(read -> {
                if (read.failed()) {
                    ctx.fail(400, read.cause());
                    return;
                }
                ctx.setBody(read.result());
                inspect(ctx, kind, read.result());
                ctx.next();
            });
            request.resume();
        });
    }

    /** Throws for the field found by the handler, or for a query parameter. */
    @ServerRequestFilter
    public void refuseControlCharacters(RoutingContext ctx) {
        String field = ctx.get(FIELD);
        if (field == null) {
            field = inQuery(ctx).orElse(null);
        }
        if (field != null) {
            String name = printable(field);
            throw AmiException.invalid(name, "Le champ «\u00a0" + name + "\u00a0» contient un caractère de contrôle "
                    + "(un caractère invisible, comme l’octet nul) qui ne peut pas être enregistré\u00a0: retirez-le, puis "
                    + "renvoyez la demande.");
        }
    }

    private static Optional<String> inQuery(RoutingContext ctx) {
        try {
            for (Map.Entry<String, String> parameter : ctx.queryParams()) {
                if (hasControl(parameter.getKey()) || hasControl(parameter.getValue())) {
                    return Optional.of(parameter.getKey());
                }
            }
        } catch (IllegalArgumentException badEscape) {
            // A query Vert.x cannot decode: the REST layer answers it as it does today.
        }
        return Optional.empty();
    }

    private enum Kind {
        JSON, FORM;

        static Kind of(String contentType) {
            if (contentType == null) {
                return null;
            }
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*")) {
                return JSON;
            }
            return type.startsWith("application/x-www-form-urlencoded") ? FORM : null;
        }
    }

    private static void inspect(RoutingContext ctx, Kind kind, Buffer body) {
        if (body == null || body.length() == 0) {
            return;
        }
        (kind == Kind.JSON ? inJson(body.getBytes()) : inForm(body.toString(StandardCharsets.UTF_8)))
                .ifPresent(field -> ctx.put(FIELD, field));
    }

    /**
     * The path of the first string (or member name) holding a control character; none for a malformed JSON, which
     * the REST layer refuses on its own.
     */
    static Optional<String> inJson(byte[] body) {
        try (JsonParser parser = JSON_FACTORY.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && hasControl(parser.getText())) {
                    return Optional.of(path(parser.getParsingContext()));
                }
            }
        } catch (IOException malformed) {
            // Jackson says so again, in French, when the REST layer reads the body.
        }
        return Optional.empty();
    }

    static Optional<String> inForm(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (hasControl(name) || hasControl(value)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** {@code contact.name}, {@code criteria[1].label}: the names the API's field errors use. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    /** The field's name as shown in the message, its own control characters made visible. */
    private static String printable(String field) {
        StringBuilder shown = new StringBuilder();
        field.chars().forEach(c -> shown.append(hasControl(String.valueOf((char) c))
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
