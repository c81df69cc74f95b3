package fr.amiengine.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of Keycloak's admin REST API the application uses, called with the service account of the
 * {@code ami-engine} client (client-credentials tokens from the {@code keycloak-admin} OIDC client).
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter("keycloak-admin")
@Path("/admin/realms/ami")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdminClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserRepresentation(String id, String username, String email, String firstName, String lastName, Boolean enabled,
                              Boolean emailVerified, List<String> requiredActions, List<Credential> credentials) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String type, String value, Boolean temporary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleRepresentation(String id, String name) {
    }


    @GET
    @Path("users")
    List<UserRepresentation> findByEmail(@QueryParam("email") String email, @QueryParam("exact") boolean exact);

    @POST
    @Path("users")
    Response create(UserRepresentation user);

    @DELETE
    @Path("users/{id}")
    void delete(@PathParam("id") String userId);

    /** Keycloak mails the account's owner a link to perform these required actions (verify the address, set a password). */
    @PUT
    @Path("users/{id}/execute-actions-email")
    void executeActionsEmail(@PathParam("id") String userId, @QueryParam("lifespan") int lifespanSeconds, List<String> actions);

    @GET
    @Path("roles/{role}")
    RoleRepresentation role(@PathParam("role") String role);

    @POST
    @Path("users/{id}/role-mappings/realm")
    void grant(@PathParam("id") String userId, List<RoleRepresentation> roles);
}
