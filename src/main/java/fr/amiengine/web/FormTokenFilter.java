package fr.amiengine.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The one check of the anti-forgery token ({@link Csrf}): every state-changing request of the pages — any method but
 * GET, HEAD and OPTIONS, on any path outside the REST API ({@code /api/}) — made by a signed-in browser must carry
 * the token of its account in the form field {@value Csrf#FIELD}, or it is refused with a French 403 before the page
 * method runs. A page method therefore checks nothing by hand, and a new form cannot forget the check.
 * <ul>
 *   <li>The filter runs after the role checks ({@code @RolesAllowed}) and after the form is read, whatever its
 *   encoding (URL-encoded or multipart); the page method still reads its fields.</li>
 *   <li>A request that carries its own bearer token sends no ambient credential that another site could use, and
 *   nobody signed in has no session to abuse: neither has anything to forge.</li>
 * </ul>
 */
public class FormTokenFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(readBody = true)
    public Uni<Void> checkFormToken(ResteasyReactiveContainerRequestContext request) {
        if (!guarded(request.getMethod(), request.getUriInfo().getPath(), request.getHeaderString("Authorization"))) {
            return Uni.createFrom().voidItem();
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object field = context.getFormParameter(Csrf.FIELD, true, false);
        String token = field == null ? null : field.toString();
        return identities.getDeferredIdentity().invoke(identity -> verify(identity, token)).replaceWithVoid();
    }

    private void verify(SecurityIdentity identity, String token) {
        if (!identity.isAnonymous()) {
            csrf.verify(identity.getPrincipal().getName(), token);
        }
    }

    /** Whether a request of this method, path and {@code Authorization} header must carry the form token. */
    static boolean guarded(String method, String path, String authorization) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.equals("api") || relative.startsWith("api/")) {
            return false;
        }
        return authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
