package fr.amiengine.portal;

import static fr.amiengine.support.SignedInBrowser.get;
import static fr.amiengine.support.SignedInBrowser.post;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SignedInBrowser;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing out ends the session only on a POST that carries the form token: a link, an image or a form of another
 * site cannot sign a person out. Each test signs in through Keycloak's real login form with a cookie-keeping client,
 * as a browser does.
 */
@QuarkusTest
class LogoutTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private SignedInBrowser browser;

    @BeforeEach
    void signedIn() throws Exception {
        Scenario.organisations();
        browser = SignedInBrowser.as(Tokens.CANDIDATE_A);
        assertThat(browser.spaceStatus()).as("connecté").isEqualTo(200);
    }

    @Test
    void getDoesNotSignOut() throws Exception {
        // when a page (or another site) leads the browser to the sign-out address
        browser.send(get("/deconnexion"));

        // then the person is still signed in
        assertThat(browser.spaceStatus()).isEqualTo(200);
    }

    @Test
    void postWithoutTheFormTokenIsRefused() throws Exception {
        // when a form of another site posts to the sign-out address
        HttpResponse<String> answer = browser.send(post("/deconnexion", ""));

        // then it is refused with a French page, and the session goes on
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("formulaire a expiré");
        assertThat(browser.spaceStatus()).isEqualTo(200);
    }

    @Test
    void postWithTheFormTokenSignsOutHereAndAtKeycloak() throws Exception {
        // given the sign-out form of the page's header
        String page = browser.following().send(get("/espace"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page.substring(page.indexOf("action=\"/deconnexion\"")));
        assertThat(token.find()).as("jeton du formulaire de déconnexion").isTrue();

        // when it is sent
        HttpResponse<String> answer = browser.send(post("/deconnexion", "_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8)));

        // then the session cookie is cleared and the browser is sent to Keycloak's end of session
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_session")
                .containsIgnoringCase("max-age=0"));
        String endSession = answer.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(KeycloakTestResource.realmUrl() + "/protocol/openid-connect/logout");
        assertThat(browser.spaceStatus()).as("plus de session ici").isEqualTo(302);
        HttpResponse<String> home = browser.following().send(HttpRequest.newBuilder(URI.create(endSession)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().toString()).isEqualTo(KeycloakTestResource.applicationUrl() + "/");
        // and signing in again asks for the password: Keycloak's session is over too
        HttpResponse<String> again = browser.following().send(get("/connexion"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("kc-form-login");
    }
}
