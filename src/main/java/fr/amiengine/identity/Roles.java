package fr.amiengine.identity;

/**
 * The realm roles of Keycloak (realm {@code ami}). The BPMN {@code candidateGroups} use the same
 * names, so a user task for {@code admin} is offered to whoever holds the {@code admin} role.
 */
public final class Roles {

    public static final String CANDIDATE = "candidate";
    public static final String EVALUATOR = "evaluator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
