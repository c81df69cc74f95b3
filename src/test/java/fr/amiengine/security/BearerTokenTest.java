package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API and the pages accept as a bearer only an access token that Keycloak issued for this application and
 * that is still valid: not the ID token a client receives beside it, not a token of the same realm meant for
 * another application, not an expired one. Each token is real, from the test Keycloak.
 */
@QuarkusTest
class BearerTokenTest {

    private static final String MY_FILES = "/api/me/candidatures";

    @BeforeEach
    void organisationsExist() {
        Scenario.organisations();
    }

    @Test
    void acceptsAnAccessTokenIssuedForTheApplication() {
        String token = Tokens.of(Tokens.CANDIDATE_A);

        assertThat(claims(token).get("aud").toString()).contains("ami-engine");
        given().auth().oauth2(token).get(MY_FILES).then().statusCode(200);
    }

    @Test
    void rejectsIdTokenAsBearer() {
        // given the ID token ami-cli receives with the access token: signed by the realm, same person, same roles
        String idToken = Tokens.idTokenOf(Tokens.CANDIDATE_A);
        assertThat(claims(idToken).get("typ").asText()).isEqualTo("ID");

        // when it is presented to the API, then it is refused as not authenticated, in French
        given().auth().oauth2(idToken).get(MY_FILES).then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("authentifié"));
        // and the pages do not take it either
        assertThat(page(idToken)).isNotEqualTo(200);
    }

    @Test
    void rejectsAccessTokenIssuedForAnotherAudience() {
        // given an access token of the same realm and the same person, for another application
        String other = Tokens.forOtherAudience(Tokens.CANDIDATE_A);
        assertThat(claims(other).get("aud").toString()).doesNotContain("ami-engine");
        assertThat(claims(other).get("typ").asText()).isEqualTo("Bearer");

        // when / then
        given().auth().oauth2(other).get(MY_FILES).then().statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Authentification requise"));
        assertThat(page(other)).isNotEqualTo(200);
    }

    @Test
    void rejectsExpiredAccessToken() {
        // given an access token for this application that lived one second
        String token = Tokens.shortLived(Tokens.CANDIDATE_A);
        JsonNode claims = claims(token);
        assertThat(claims.get("aud").toString()).contains("ami-engine");
        Instant expiry = Instant.ofEpochSecond(claims.get("exp").asLong());
        awaitClockPast(expiry.plusSeconds(1));

        // when / then
        given().auth().oauth2(token).get(MY_FILES).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(page(token)).isNotEqualTo(200);
    }

    /** The status of a person's space page for that bearer, without following a redirect to Keycloak. */
    private static int page(String token) {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .auth().oauth2(token).accept("text/html").get("/espace").statusCode();
    }

    private static JsonNode claims(String jwt) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitClockPast(Instant instant) {
        while (Instant.now().isBefore(instant)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
