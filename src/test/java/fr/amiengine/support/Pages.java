package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** The pages as a signed-in person asks for them (a bearer token stands for the session), redirects not followed. */
public final class Pages {

    private Pages() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).accept("text/html")
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** The page's HTML, after checking it answered 200. */
    public static String html(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().asString();
    }
}
