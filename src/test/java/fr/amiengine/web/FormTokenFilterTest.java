package fr.amiengine.web;

import static fr.amiengine.support.SignedInBrowser.post;
import static fr.amiengine.support.SignedInBrowser.postMultipart;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.amiengine.identity.Roles;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SignedInBrowser;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One filter checks the anti-forgery token of every state-changing form of the pages ({@link FormTokenFilter}): a
 * page method checks nothing by hand, and a new one cannot forget. Each person signs in through Keycloak's login
 * form and posts with the session cookie, as a browser does.
 */
@QuarkusTest
class FormTokenFilterTest {

    private static final Map<String, SignedInBrowser> BROWSERS = new HashMap<>();

    @BeforeEach
    void organisations() {
        Scenario.organisations();
    }

    @Test
    void everyStateChangingPageRouteRefusesAFormWithoutTheToken() throws Exception {
        // given every POST, PUT, PATCH and DELETE route of the application outside the API
        List<Route> routes = pageRoutes();
        assertThat(routes).as("routes des pages").hasSizeGreaterThanOrEqualTo(29);

        // when each is posted by a person who holds its role, with the session cookie but without the form token
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            HttpRequest form = route.multipart() ? postMultipart(route.path(), Map.of("note", "x")) : post(route.path(), "note=x");
            HttpResponse<String> answer = browser(route.account()).send(HttpRequest.newBuilder(form, (name, value) -> true)
                    .method(route.method(), form.bodyPublisher().orElseThrow()).build());

            // then each is refused with the French page, before its method runs
            softly.assertThat(answer.statusCode()).as(route.toString()).isEqualTo(403);
            softly.assertThat(answer.body()).as(route.toString()).contains("formulaire a expiré");
        }
        softly.assertAll();
    }

    @Test
    void aNewFormWithoutAnyCheckOfItsOwnIsProtected() throws Exception {
        SignedInBrowser browser = browser(Tokens.CANDIDATE_A);

        // when another site makes the browser post to a page that checks nothing by hand
        List<HttpResponse<String>> forged = List.of(
                browser.send(post("/essai/formulaire", "note=x")),
                browser.send(post("/essai/formulaire/sans-champ", "")),
                browser.send(postMultipart("/essai/formulaire/fichier", Map.of("note", "x"))),
                browser.send(post("/essai/formulaire", "note=x&_csrf=" + Tokens.CANDIDATE_A)));

        // then each is refused with the French page
        assertThat(forged).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).contains("formulaire a expiré");
        });
    }

    @Test
    void theTokenOfThePageLetsTheFormThroughWhateverItsEncoding() throws Exception {
        // given the token a page of the application gave the signed-in person
        SignedInBrowser browser = browser(Tokens.CANDIDATE_A);
        String token = browser.formToken("/espace");
        String field = Csrf.FIELD + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);

        // when the forms are posted with it
        HttpResponse<String> withField = browser.send(post("/essai/formulaire", "note=bonjour&" + field));
        HttpResponse<String> withoutOtherField = browser.send(post("/essai/formulaire/sans-champ", field));
        HttpResponse<String> multipart = browser.send(postMultipart("/essai/formulaire/fichier",
                Map.of("note", "bonjour", Csrf.FIELD, token)));

        // then they reach the page method, which still reads its fields
        assertThat(withField.statusCode()).isEqualTo(200);
        assertThat(withField.body()).isEqualTo("enregistré\u00a0: bonjour");
        assertThat(withoutOtherField.statusCode()).isEqualTo(200);
        assertThat(multipart.statusCode()).isEqualTo(200);
        assertThat(multipart.body()).isEqualTo("reçu\u00a0: bonjour");
    }

    @Test
    void theTokenOfAnotherAccountIsRefused() throws Exception {
        String othersToken = browser(Tokens.ADMIN).formToken("/espace");

        HttpResponse<String> answer = browser(Tokens.CANDIDATE_A).send(post("/essai/formulaire",
                "note=x&_csrf=" + URLEncoder.encode(othersToken, StandardCharsets.UTF_8)));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestWithItsOwnBearerTokenNeedsNoFormToken() throws Exception {
        // a bearer token is no ambient credential: another site cannot make a browser send it
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        post("/essai/formulaire", "note=script"), (name, value) -> true)
                .header("Authorization", "Bearer " + Tokens.of(Tokens.CANDIDATE_A)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("enregistré\u00a0: script");
    }

    private static SignedInBrowser browser(String account) throws Exception {
        SignedInBrowser browser = BROWSERS.get(account);
        if (browser == null) {
            browser = SignedInBrowser.as(account);
            BROWSERS.put(account, browser);
        }
        return browser;
    }

    private record Route(String method, String path, String account, boolean multipart) {
        @Override
        public String toString() {
            return method + " " + path + " (" + account + ")";
        }
    }

    /** The state-changing routes of the resource classes of the application (not of the tests), outside {@code /api}. */
    private static List<Route> pageRoutes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.amiengine")) {
            Class<?> type = javaClass.reflect();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = Stream.of(POST.class, PUT.class, PATCH.class, DELETE.class)
                        .filter(method::isAnnotationPresent).map(Class::getSimpleName).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("/+", "/").replaceAll("\\{[^}]+}", "1").replaceAll("(.)/$", "$1");
                if (path.equals("/api") || path.startsWith("/api/")) {
                    continue;
                }
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean multipart = consumes != null && Stream.of(consumes.value())
                        .anyMatch(c -> c.startsWith(MediaType.MULTIPART_FORM_DATA));
                routes.add(new Route(verb, path, accountFor(method), multipart));
            }
        }
        return routes;
    }

    /** A person who holds the role the route asks for, so that the role check lets the request reach the filter. */
    private static String accountFor(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        List<String> allowed = roles == null ? List.of() : List.of(roles.value());
        if (allowed.contains(Roles.ADMIN)) {
            return Tokens.ADMIN;
        }
        if (allowed.contains(Roles.EVALUATOR)) {
            return Tokens.EVALUATOR;
        }
        return Tokens.CANDIDATE_A;
    }
}
