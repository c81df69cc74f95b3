package fr.amiengine.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Resolves the {@link Actor} of the current request from the OIDC identity. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationMemberRepository members;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        if (identity.isAnonymous()) {
            return Actor.anonymous();
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
        // Quarkus names the principal after preferred_username when the token has one.
        String username = identity.getPrincipal().getName();
        Long organisation = members.findBySubject(subject).map(m -> m.organisation.id).orElse(null);
        return new Actor(subject, username, identity.getRoles(), organisation, fullName());
    }

    /** « Prénom Nom » from the token's {@code given_name} and {@code family_name} (Keycloak's profile scope), else its {@code name}. */
    private String fullName() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String given = jwt.getClaim("given_name");
        String family = jwt.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? jwt.getClaim("name") : joined;
    }
}
