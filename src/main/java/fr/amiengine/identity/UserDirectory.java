package fr.amiengine.identity;

import fr.amiengine.identity.KeycloakAdminClient.Credential;
import fr.amiengine.identity.KeycloakAdminClient.UserRepresentation;
import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Finds or creates people's accounts in Keycloak and gives them a realm role. */
@ApplicationScoped
public class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** An account, and its temporary password when it was just created (to hand over once, by a safe channel). */
    public record Account(String subject, String username, String email, String displayName, Optional<String> temporaryPassword) {
    }

    @Inject
    @RestClient
    KeycloakAdminClient keycloak;

    private final SecureRandom random = new SecureRandom();

    /**
     * The account with this e-mail address, created if there is none (with a temporary password the person must
     * change at the first sign-in), holding the given realm role.
     */
    public Account findOrCreate(String email, String firstName, String lastName, String role) {
        try {
            Optional<UserRepresentation> existing = keycloak.findByEmail(email, true).stream().findFirst();
            Optional<String> password = Optional.empty();
            UserRepresentation user;
            if (existing.isPresent()) {
                user = existing.get();
            } else {
                String temporary = temporaryPassword();
                try (Response created = keycloak.create(new UserRepresentation(null, email, email, firstName, lastName, true, false,
                        List.of("UPDATE_PASSWORD"), List.of(new Credential("password", temporary, true))))) {
                    if (created.getStatus() != 201) {
                        throw AmiException.conflict("Keycloak a refusé la création du compte " + email + " (code " + created.getStatus() + ").");
                    }
                }
                user = keycloak.findByEmail(email, true).stream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("compte créé introuvable : " + email));
                password = Optional.of(temporary);
                LOG.infof("Compte Keycloak créé pour %s", email);
            }
            keycloak.grant(user.id(), List.of(keycloak.role(role)));
            String name = ((user.firstName() == null ? "" : user.firstName()) + " " + (user.lastName() == null ? "" : user.lastName())).strip();
            return new Account(user.id(), user.username(), email, name.isEmpty() ? email : name, password);
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            LOG.error("Keycloak injoignable ou en erreur", e);
            throw AmiException.conflict("Le service d'identité (Keycloak) n'a pas pu être joint ; rien n'a été enregistré. Réessayez.");
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
