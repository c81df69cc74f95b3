package fr.amiengine.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.SecurityHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers the security matrices do not list carry the same headers as the pages and the API: served files,
 * the API documentation, health, unknown addresses, error pages. The matrices check every page and endpoint.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void servedFilesDocumentationAndErrorsCarryTheSecurityHeaders() {
        for (String path : List.of("/static/ami.css", "/static/retour.js", "/static/favicon.svg", "/q/openapi", "/q/health/ready", "/nulle-part",
                "/api/nulle-part", "/campagnes/INCONNUE")) {
            Response html = given().accept("text/html").get(path);
            assertThat(SecurityHeaders.missing(html)).as(path + " (navigateur)").isEmpty();
            Response json = given().accept("application/json").get(path);
            assertThat(SecurityHeaders.missing(json)).as(path + " (API)").isEmpty();
        }
    }

    @Test
    void errorPageRunsNoInlineScript() {
        String page = given().accept("text/html").get("/campagnes/INCONNUE").then().statusCode(404).extract().asString();

        assertThat(page).doesNotContain("javascript:", "<script>", " onclick=", " style=");
    }

    /**
     * Swagger UI is a third-party page whose own code runs inline scripts: it keeps a policy of its own, which still
     * forbids framing and anything from another site.
     */
    @Test
    void swaggerUiMayNotBeFramed() {
        Response ui = given().accept("text/html").get("/q/swagger-ui/");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'self'")
                .doesNotContain("*", "http");
        assertThat(ui.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
