package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API as the tests use it, with the application's own service account: accounts made the way a
 * person would make them (self-registration, unverified address), and what Keycloak holds about them afterwards.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /**
     * An account as self-registration makes it: a password, the {@code candidate} role of every new account, and an
     * address verified or not. Remembered by {@link Tokens} so that {@link Api#as} signs in with it.
     *
     * @return the account's id (its {@code sub})
     */
    public static String createAccount(String username, String email, boolean emailVerified) {
        String password = username + "-mot-de-passe";
        admin().body(Map.of("username", username, "email", email, "firstName", "Compte", "lastName", "De test", "enabled", true,
                        "emailVerified", emailVerified,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/users").then().statusCode(201);
        Tokens.remember(username, password);
        return user(email).get("id").toString();
    }

    /**
     * An account as Keycloak 26's registration form leaves it while the address waits for verification: no password
     * yet (it is chosen once the address is verified), both actions required.
     *
     * @return the account's id (its {@code sub})
     */
    public static String registeredWithoutVerifying(String username, String email) {
        admin().body(Map.of("username", username, "email", email, "firstName", "Compte", "lastName", "Inscrit", "enabled", true,
                        "emailVerified", false, "requiredActions", List.of("VERIFY_EMAIL", "UPDATE_PASSWORD")))
                .post("/users").then().statusCode(201);
        return user(email).get("id").toString();
    }

    /** The account holding this address, as Keycloak's admin API shows it. */
    public static Map<String, Object> user(String email) {
        List<Map<String, Object>> found = admin().queryParam("email", email).queryParam("exact", true).get("/users")
                .then().statusCode(200).extract().path("$");
        if (found.isEmpty()) {
            throw new AssertionError("aucun compte Keycloak pour " + email);
        }
        return found.get(0);
    }

    /** The realm roles held directly by an account. */
    public static List<String> realmRoles(String userId) {
        return admin().get("/users/" + userId + "/role-mappings/realm").then().statusCode(200).extract().path("name");
    }

    /** The realm's settings as imported (registration, e-mail verification, SMTP server). */
    public static Map<String, Object> realm() {
        return admin().get("").then().statusCode(200).extract().path("$");
    }

    private static RequestSpecification admin() {
        String realm = KeycloakTestResource.realmUrl();
        String token = given().baseUri(realm)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "ami-engine")
                .formParam("client_secret", "ami-engine-demo-secret")
                .post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().baseUri(realm.replace("/realms/", "/admin/realms/")).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
