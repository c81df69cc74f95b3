package fr.amiengine.identity;

import fr.amiengine.identity.KeycloakAdminClient.UserRepresentation;
import fr.amiengine.shared.AfterTransaction;
import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Finds or creates people's accounts in Keycloak and gives them a realm role, only ever to the owner of the address.
 *
 * <p>Self-registration is open, so an account holding an address proves nothing until Keycloak has verified it: the
 * first to register with a future member's address would otherwise take their seat. Hence:
 * <ul>
 *   <li>a verified account gets the role;</li>
 *   <li>no account: one is created without a password, and Keycloak mails the address a link to verify it and choose
 *       a password ({@code execute-actions-email}); only whoever reads that mailbox can ever sign in with it, so it
 *       holds the role from the start;</li>
 *   <li>an unverified account that an earlier invitation created gets the link again;</li>
 *   <li>an unverified account someone registered is refused, and nothing is granted, not even a mail: since
 *       Keycloak 26 such an account has no password until its address is verified, so it looks like one an
 *       invitation made, but whoever registered it may still hold the registration open in their browser and
 *       choose the password once the owner clicks the link. Only the caller knows which accounts it invited.</li>
 * </ul>
 */
@ApplicationScoped
public class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    static final List<String> FIRST_SIGN_IN = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");
    /** How long the link of the invitation mail stays valid: a member may read their mail a few days later. */
    static final Duration LINK_LIFESPAN = Duration.ofDays(7);

    /** An account that holds the role; {@code created} when the invitation made it (Keycloak mailed its link). */
    public record Account(String subject, String username, String email, String displayName, boolean created) {
    }

    @Inject
    @RestClient
    KeycloakAdminClient keycloak;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * The account with this e-mail address, holding the given realm role: found if its address is verified, created
     * (and its owner mailed the link to verify it and choose a password) if there is none. Refused (409, nothing
     * granted) when an account someone registered holds the address without having verified it.
     *
     * @param invitedBefore whether an earlier invitation created the account with this {@code sub} (the caller's own
     *                      records): only then is an unverified account sent its link again
     */
    public Account findOrInvite(String email, String firstName, String lastName, String role, Predicate<String> invitedBefore) {
        try {
            Optional<UserRepresentation> existing = find(email);
            boolean created = existing.isEmpty();
            UserRepresentation user;
            if (created) {
                user = create(email, firstName, lastName);
                removeUnlessCommitted(user);
                mailFirstSignIn(user);
                LOG.infof("Compte Keycloak créé pour %s\u00a0; lien de vérification envoyé", email);
            } else if (Boolean.TRUE.equals(existing.get().emailVerified())) {
                user = existing.get();
            } else if (invitedBefore.test(existing.get().id())) {
                user = existing.get();
                mailFirstSignIn(user);
                LOG.infof("Compte Keycloak de %s en attente de sa première connexion\u00a0: lien envoyé de nouveau", email);
            } else {
                LOG.warnf("Invitation refusée\u00a0: le compte %s détient l’adresse %s sans l’avoir vérifiée", existing.get().username(),
                        email);
                throw AmiException.conflict("Un compte utilise déjà l’adresse " + email + ", mais cette adresse n’a pas été "
                        + "vérifiée\u00a0: aucun rôle ne lui est donné, rien n’a été enregistré. Demandez à la personne de se "
                        + "connecter et de confirmer son adresse par le lien reçu à l’inscription, puis invitez-la de nouveau. "
                        + "Si elle n’a pas créé ce compte, faites-le supprimer dans Keycloak avant de l’inviter\u00a0: un nouveau "
                        + "compte lui sera alors créé.");
            }
            keycloak.grant(user.id(), List.of(keycloak.role(role)));
            String name = ((user.firstName() == null ? "" : user.firstName()) + " " + (user.lastName() == null ? "" : user.lastName())).strip();
            return new Account(user.id(), user.username(), email, name.isEmpty() ? email : name, created);
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            LOG.error("Keycloak injoignable ou en erreur", e);
            throw AmiException.conflict("Le service d’identité (Keycloak) n’a pas pu être joint\u00a0; rien n’a été enregistré. Réessayez.");
        }
    }

    private Optional<UserRepresentation> find(String email) {
        return keycloak.findByEmail(email, true).stream().findFirst();
    }

    private UserRepresentation create(String email, String firstName, String lastName) {
        try (Response created = keycloak.create(new UserRepresentation(null, email, email, firstName, lastName, true, false,
                FIRST_SIGN_IN, null))) {
            if (created.getStatus() != 201) {
                throw AmiException.conflict("Keycloak a refusé la création du compte " + email + " (code " + created.getStatus() + ").");
            }
        }
        return find(email).orElseThrow(() -> new IllegalStateException("compte créé introuvable\u00a0: " + email));
    }

    /**
     * An account created for an invitation lives only if the invitation is recorded: when the caller's transaction
     * does not commit (Keycloak could not mail, the database refused, anything), the account is removed again, so
     * that no unverified account is left holding the address and the role, and the next invitation starts afresh.
     */
    private void removeUnlessCommitted(UserRepresentation user) {
        AfterTransaction.ends(transactions, committed -> {
            if (committed) {
                return;
            }
            try {
                keycloak.delete(user.id());
                LOG.infof("Invitation non enregistrée\u00a0: compte Keycloak de %s supprimé", user.email());
            } catch (RuntimeException e) {
                LOG.error("Compte Keycloak de " + user.email() + " créé pour une invitation non enregistrée\u00a0: à supprimer", e);
            }
        });
    }

    /** Keycloak mails the address the link to verify it and choose a password. */
    private void mailFirstSignIn(UserRepresentation user) {
        try {
            keycloak.executeActionsEmail(user.id(), (int) LINK_LIFESPAN.toSeconds(), FIRST_SIGN_IN);
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            LOG.error("Keycloak n’a pas pu envoyer le courriel de première connexion à " + user.email(), e);
            throw AmiException.conflict("Keycloak n’a pas pu envoyer à " + user.email() + " le courriel qui lui permet de vérifier "
                    + "son adresse et de choisir son mot de passe (serveur d’envoi du royaume injoignable\u00a0?)\u00a0; rien n’a été "
                    + "enregistré. Réessayez, ou vérifiez la configuration SMTP du royaume.");
        }
    }
}
