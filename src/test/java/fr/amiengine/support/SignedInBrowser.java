package fr.amiengine.support;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A person signed in to the pages as a browser is: through Keycloak's real login form, with a session cookie and no
 * bearer token. It follows no redirect, so that a test sees the answer itself ({@link #following()} does).
 */
public final class SignedInBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient following;
    private final HttpClient notFollowing;

    private SignedInBrowser(HttpClient following, HttpClient notFollowing) {
        this.following = following;
        this.notFollowing = notFollowing;
    }

    /** Signs in with the password {@link Tokens} knows for this account, and checks the space page answers. */
    public static SignedInBrowser as(String username) throws IOException, InterruptedException {
        SignedInBrowser browser = fresh();
        HttpResponse<String> space = browser.signIn(username, "/connexion");
        Matcher feedback = Pattern.compile("kc-feedback-text\"?>([^<]*)").matcher(space.body());
        assertThat(space.uri().getPath()).as(feedback.find() ? feedback.group(1) : "").isEqualTo("/espace");
        return browser;
    }

    /** A browser nobody has signed in to yet. */
    public static SignedInBrowser fresh() {
        CookieHandler cookies = new LoopbackCookies();
        return new SignedInBrowser(
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS).build(),
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * Opens {@code path} of the application, fills Keycloak's login form it leads to, and answers the page the
     * browser lands on after signing in.
     */
    public HttpResponse<String> signIn(String username, String path) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = following.send(get(path), HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("formulaire de connexion de Keycloak").isTrue();
        String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
        return following.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(Tokens.passwordOf(username), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The client that follows redirects, sharing this person's cookies. */
    public HttpClient following() {
        return following;
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return notFollowing.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status of the person's space: 200 while signed in, 302 (to the sign-in) once signed out. */
    public int spaceStatus() throws IOException, InterruptedException {
        return notFollowing.send(get("/espace"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The anti-forgery token of the first form of a page, from the page itself. */
    public String formToken(String path) throws IOException, InterruptedException {
        String page = following.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("jeton d’un formulaire de " + path).isTrue();
        return token.group(1);
    }

    public static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(KeycloakTestResource.applicationUrl() + path)).header("Accept", "text/html")
                .GET().build();
    }

    /** A URL-encoded form posted as a browser does. */
    public static HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(KeycloakTestResource.applicationUrl() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    /** A multipart form of text fields, posted as a browser does. */
    public static HttpRequest postMultipart(String path, Map<String, String> fields) {
        String boundary = "----formulaire" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return HttpRequest.newBuilder(URI.create(KeycloakTestResource.applicationUrl() + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
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
}
