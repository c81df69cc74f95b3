package fr.amiengine.identity;

import java.util.Set;

/**
 * Who is acting: resolved once per request from the bearer token (or given explicitly by the demo
 * seeder), then passed to services so that every rule about "whose file is this" is checked there.
 *
 * @param subject        the Keycloak {@code sub}, stable across renames; null when anonymous
 * @param username       the login shown in histories
 * @param roles          the realm roles
 * @param organisationId the organisation the account acts for, if it declared one
 * @param fullName       first name and surname from the identity ({@code given_name}, {@code family_name}), as the
 *                       documents name their author (CRPA L212-1); the username when the identity gives none
 */
public record Actor(String subject, String username, Set<String> roles, Long organisationId, String fullName) {

    public Actor {
        fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
    }

    /** An actor whose identity gives no name: the documents name them by their username. */
    public Actor(String subject, String username, Set<String> roles, Long organisationId) {
        this(subject, username, roles, organisationId, null);
    }

    public static Actor anonymous() {
        return new Actor(null, "anonyme", Set.of(), null);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean isEvaluator() {
        return roles.contains(Roles.EVALUATOR);
    }

    public boolean isCandidate() {
        return roles.contains(Roles.CANDIDATE);
    }

    public boolean belongsTo(Long organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
