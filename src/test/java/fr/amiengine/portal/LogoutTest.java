package fr.amiengine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpClient following;
    private HttpClient notFollowing;

    @BeforeEach
    void signedIn() throws Exception {
        Scenario.organisations();
        CookieHandler cookies = new LoopbackCookies();
        following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS).build();
        notFollowing = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = following.send(get("/connexion"), HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("formulaire de connexion de Keycloak").isTrue();
        String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
        HttpResponse<String> space = following.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + Tokens.CANDIDATE_A + "&password=candidat1-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher feedback = Pattern.compile("kc-feedback-text\"?>([^<]*)").matcher(space.body());
        assertThat(space.uri().getPath()).as(feedback.find() ? feedback.group(1) : "").isEqualTo("/espace");
        assertThat(spaceStatus()).as("connecté").isEqualTo(200);
    }

    @Test
    void getDoesNotSignOut() throws Exception {
        // when a page (or another site) leads the browser to the sign-out address
        notFollowing.send(get("/deconnexion"), HttpResponse.BodyHandlers.ofString());

        // then the person is still signed in
        assertThat(spaceStatus()).isEqualTo(200);
    }

    @Test
    void postWithoutTheFormTokenIsRefused() throws Exception {
        // when a form of another site posts to the sign-out address
        HttpResponse<String> answer = notFollowing.send(post("/deconnexion", ""), HttpResponse.BodyHandlers.ofString());

        // then it is refused with a French page, and the session goes on
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("formulaire a expiré");
        assertThat(spaceStatus()).isEqualTo(200);
    }

    @Test
    void postWithTheFormTokenSignsOutHereAndAtKeycloak() throws Exception {
        // given the sign-out form of the page's header
        String page = following.send(get("/espace"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page.substring(page.indexOf("action=\"/deconnexion\"")));
        assertThat(token.find()).as("jeton du formulaire de déconnexion").isTrue();

        // when it is sent
        HttpResponse<String> answer = notFollowing.send(post("/deconnexion", "_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());

        // then the session cookie is cleared and the browser is sent to Keycloak's end of session
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_session")
                .containsIgnoringCase("max-age=0"));
        String endSession = answer.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(KeycloakTestResource.realmUrl() + "/protocol/openid-connect/logout");
        assertThat(spaceStatus()).as("plus de session ici").isEqualTo(302);
        HttpResponse<String> home = following.send(HttpRequest.newBuilder(URI.create(endSession)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().toString()).isEqualTo(KeycloakTestResource.applicationUrl() + "/");
        // and signing in again asks for the password: Keycloak's session is over too
        HttpResponse<String> again = following.send(get("/connexion"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("kc-form-login");
    }

    /**
     * Keeps cookies as a browser does on 127.0.0.1, which browsers treat as a secure context: Keycloak's cookies are
     * {@code Secure}, which the JDK's cookie store would otherwise never send over plain HTTP.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return store.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new HashMap<>(responseHeaders);
            headers.computeIfPresent("Set-Cookie", (name, values) -> values.stream()
                    .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
            headers.computeIfPresent("set-cookie", (name, values) -> values.stream()
                    .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
            store.put(uri, headers);
        }
    }

    private int spaceStatus() throws IOException, InterruptedException {
        return notFollowing.send(get("/espace"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(KeycloakTestResource.applicationUrl() + path)).header("Accept", "text/html")
                .GET().build();
    }

    private static HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(KeycloakTestResource.applicationUrl() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }
}
