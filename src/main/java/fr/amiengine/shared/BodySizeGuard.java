package fr.amiengine.shared;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Holds every request body to {@code ami.http.max-body-size}, whatever its transfer encoding, with the same French
 * 413 problem document, before any of it reaches the application.
 * <ul>
 *   <li>A declared length ({@code Content-Length}) over the limit is answered before the body is read.</li>
 *   <li>A body sent without a length (chunked, or an HTTP/2 stream) is read here, counting: the first chunk past the
 *   limit gets the 413 (and {@code Connection: close}); what follows is dropped, not kept. A body within the limit is
 *   handed to the REST layer whole (as Vert.x's own body handler does), which reads it from there instead of the
 *   socket: such a body is held in memory, never more than the limit.</li>
 * </ul>
 * Quarkus' limit ({@code quarkus.http.limits.max-body-size}) is set to the same value as a second line: it answers with
 * a bare 413, and cannot be reached while this guard runs first.
 */
@ApplicationScoped
public class BodySizeGuard {

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        long limit = limits.maxBodySize().asLongValue();
        String body = Json.encode(Problem.of(413, "Contenu trop volumineux",
                "Le contenu envoyé dépasse la taille maximale acceptée par le serveur ("
                        + limit / (1024 * 1024) + " Mo).", null, List.of()));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            String length = request.getHeader("Content-Length");
            if (length != null) {
                if (!length.isEmpty() && length.chars().allMatch(Character::isDigit)
                        && (length.length() > 18 || Long.parseLong(length) > limit)) {
                    refuse(ctx, body);
                    return;
                }
                ctx.next();
                return;
            }
            if (!hasUndeclaredBody(request)) {
                ctx.next();
                return;
            }
            readWithin(ctx, limit, body);
        });
    }

    /**
     * HTTP/1.1 without a length has a body only when chunked. An HTTP/2 stream is never read here: Vert.x refuses to
     * pause an HTTP/2 request that was read to its end, which the REST layer and the sign-in do later (a 500); such a
     * body meets Quarkus' own limit, the same number of bytes, answered with a bare 413.
     */
    static boolean hasUndeclaredBody(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.getHeader("Transfer-Encoding") != null;
    }

    private static void readWithin(RoutingContext ctx, long limit, String tooLarge) {
        HttpServerRequest request = ctx.request();
        Buffer received = Buffer.buffer();
        long[] drained = {-1};
        request.handler(chunk -> {
            if (drained[0] >= 0) {
                // Refused already: the rest is read and dropped so that the client reads its answer, up to one more
                // limit's worth; a body that goes on beyond that has its connection closed.
                drained[0] += chunk.length();
                if (drained[0] > limit) {
                    request.connection().close();
                }
                return;
            }
            if (received.length() + (long) chunk.length() > limit) {
                drained[0] = 0;
                refuse(ctx, tooLarge);
                return;
            }
            received.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (drained[0] < 0) {
                ctx.setBody(received);
                ctx.next();
            }
        });
        request.exceptionHandler(ctx::fail);
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            ctx.response().writeContinue();
        }
        request.resume();
    }

    private static void refuse(RoutingContext ctx, String body) {
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body);
    }
}
