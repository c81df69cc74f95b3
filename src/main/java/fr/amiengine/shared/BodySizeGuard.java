package fr.amiengine.shared;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Answers a request whose declared length exceeds {@code ami.http.max-body-size} with a French 413 before its
 * body is read. Quarkus' own limit ({@code quarkus.http.limits.max-body-size}) is set higher: it answers with
 * a bare 413 and closes the connection, so it only stops what declares no length (chunked uploads).
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
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                    && Long.parseLong(length) > limit) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }
}
