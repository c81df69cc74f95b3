package fr.amiengine.web;

import fr.amiengine.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every page needs to know about the request: who is signed in, with which roles, the form token, the
 * notice to show after a redirect. Templates read it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    @Inject
    SecurityIdentity identity;

    @Inject
    Csrf csrf;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Notices notices;

    /** Operators may switch Swagger UI off (QUARKUS_SWAGGER_UI_ENABLED=false); the footer then does not link to it. */
    @ConfigProperty(name = "quarkus.swagger-ui.enabled", defaultValue = "true")
    boolean swaggerUi;

    public boolean isLoggedIn() {
        return !current().isAnonymous();
    }

    /** The person's name as Keycloak knows it, else the login. */
    public String getUserName() {
        SecurityIdentity who = current();
        if (who.isAnonymous()) {
            return "";
        }
        if (who.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return who.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return current().hasRole(Roles.ADMIN);
    }

    public boolean isEvaluator() {
        return current().hasRole(Roles.EVALUATOR);
    }

    public boolean isCandidate() {
        return current().hasRole(Roles.CANDIDATE);
    }

    /** The hidden field every form of a signed-in person carries, checked by {@link FormTokenFilter}. */
    public String getCsrf() {
        SecurityIdentity who = current();
        return who.isAnonymous() ? "" : csrf.tokenFor(who.getPrincipal().getName());
    }

    public boolean isSwaggerUi() {
        return swaggerUi;
    }

    /** The current path, to mark the active menu entry. */
    public String getPath() {
        return request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
    }

    /**
     * The sign-in address of the header's link: {@code /connexion}, with the page to come back to after signing in
     * ({@code ?retour=}) when it is not the home page; the page is read back by {@link LocalPath}.
     */
    public String getLoginAddress() {
        if (request.getCurrent() == null || !"GET".equals(request.getCurrent().request().method().name())) {
            return "/connexion";
        }
        String path = request.getCurrent().normalizedPath();
        String query = request.getCurrent().request().query();
        String back = query == null || query.isBlank() ? path : path + "?" + query;
        return "/".equals(path) || path.startsWith("/connexion") || !LocalPath.isSafe(back)
                ? "/connexion" : "/connexion" + Pages.query("retour", back);
    }

    /** The notice announced by a redirect ({@code ?info=...}), in French; empty when none or unknown. */
    public String getNotice() {
        String key = request.getCurrent() == null ? null : request.getCurrent().request().getParam("info");
        return notices.text(key);
    }

    /**
     * The identity, without blocking: an error page may be rendered on the I/O thread, where only an identity
     * already established for this request can be read; anybody else is shown as not signed in.
     */
    private SecurityIdentity current() {
        if (!Context.isOnEventLoopThread()) {
            return identity;
        }
        return request.getCurrent() != null && request.getCurrent().user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity() : ANONYMOUS;
    }
}
