package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;

/** RestAssured requests as a given user of the real realm, or as nobody. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    /** A multipart request whose file names travel in UTF-8, as browsers send them. */
    public static RequestSpecification upload(String username) {
        return given().auth().oauth2(Tokens.of(username))
                .config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .contentType("multipart/form-data; charset=UTF-8");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
