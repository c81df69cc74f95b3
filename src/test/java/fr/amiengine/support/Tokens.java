package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the real Keycloak, by the password grant of the public client {@code ami-cli}.
 * Kept for ten minutes (tokens live fifteen) so that a long suite does not log in a thousand times.
 */
public final class Tokens {

    public static final String CANDIDATE_A = "candidat1";
    public static final String CANDIDATE_B = "candidat2";
    /** A candidate who has not declared an organisation yet. */
    public static final String CANDIDATE_NEW = "candidat3";
    /** A buyer of an administration (declared by the tests as an administration): deployment feedback. */
    public static final String BUYER = "acheteur";
    public static final String EVALUATOR = "evaluateur";
    public static final String EVALUATOR_2 = "evaluateur2";
    public static final String EVALUATOR_3 = "evaluateur3";
    public static final String EVALUATOR_4 = "evaluateur4";
    public static final String ADMIN = "admin";
    /** The second administrator, who approves what the first submitted (four eyes). */
    public static final String ADMIN_2 = "admin2";
    /** A third administrator, who approves when the second one changed decisions too (four eyes). */
    public static final String ADMIN_3 = "admin3";

    /** A public client with password grant and another audience, added to the realm by {@link KeycloakTestResource}. */
    public static final String OTHER_AUDIENCE_CLIENT = "autre-application";
    /** A public client like {@code ami-cli} whose access tokens live one second, added by {@link KeycloakTestResource}. */
    public static final String SHORT_LIVED_CLIENT = "ami-cli-jeton-court";

    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>(Map.ofEntries(
            Map.entry(CANDIDATE_A, "candidat1-demo"),
            Map.entry(CANDIDATE_B, "candidat2-demo"),
            Map.entry(BUYER, "acheteur-demo"),
            Map.entry(CANDIDATE_NEW, "candidat3-demo"),
            Map.entry(EVALUATOR, "evaluateur-demo"),
            Map.entry(EVALUATOR_2, "evaluateur2-demo"),
            Map.entry(EVALUATOR_3, "evaluateur3-demo"),
            Map.entry(EVALUATOR_4, "evaluateur4-demo"),
            Map.entry(ADMIN, "admin-demo-1"),
            Map.entry(ADMIN_2, "admin2-demo-1"),
            Map.entry(ADMIN_3, "admin3-demo-1")));

    private record Cached(String token, Instant until) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Makes an account created by a test (see {@link KeycloakAdmin}) usable with {@link #of} and {@link Api#as}. */
    public static void remember(String username, String password) {
        PASSWORDS.put(username, password);
    }

    /** Drops a kept token: the next one carries the roles granted since (an invitation to a committee, say). */
    public static void forget(String username) {
        CACHE.remove(username);
    }

    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && Instant.now().isBefore(cached.until())) {
            return cached.token();
        }
        String token = grant("ami-cli", username).getString("access_token");
        CACHE.put(username, new Cached(token, Instant.now().plus(Duration.ofMinutes(10))));
        return token;
    }

    /** The ID token Keycloak gives {@code ami-cli} beside the access token: it says who signed in, to that client. */
    public static String idTokenOf(String username) {
        return grant("ami-cli", username).getString("id_token");
    }

    /** An access token of the same realm issued for another application (test client {@value #OTHER_AUDIENCE_CLIENT}). */
    public static String forOtherAudience(String username) {
        return grant(OTHER_AUDIENCE_CLIENT, username).getString("access_token");
    }

    /** An access token that lives one second (test client {@value #SHORT_LIVED_CLIENT}), never cached. */
    public static String shortLived(String username) {
        return grant(SHORT_LIVED_CLIENT, username).getString("access_token");
    }

    /** The password of an account of the realm, or of one a test created: to sign in through the login form. */
    public static String passwordOf(String username) {
        return PASSWORDS.get(username);
    }

    private static JsonPath grant(String client, String username) {
        return given()
                .baseUri(KeycloakTestResource.realmUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("scope", "openid")
                .formParam("username", username)
                .formParam("password", PASSWORDS.get(username))
                .post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
