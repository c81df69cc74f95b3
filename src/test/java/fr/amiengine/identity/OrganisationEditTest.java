package fr.amiengine.identity;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organisation is edited after it is declared, by its own members only: name, SIREN (checked again), address and
 * contact. Bad input is refused in French and changes nothing.
 */
@QuarkusTest
class OrganisationEditTest {

    private String member;
    private String siren;

    @BeforeEach
    void aNewOrganisation() {
        Scenario.organisations();
        member = Scenario.candidateOfNewOrganisation("Gamma Vision (tests)", "COMPANY");
        siren = as(member).get("/api/me/organisation").then().statusCode(200).extract().path("siren");
    }

    @Test
    void itsMemberChangesTheNameTheAddressTheContactAndTheSiren() {
        String other = Scenario.freshSiren();
        as(member).body(update(other, "Gamma Vision SAS", "12 rue de l’Exemple\n75001 Paris", "contact@gamma.example", "+33 1 02 03 04 05"))
                .put("/api/me/organisation").then().statusCode(200)
                .body("legalName", equalTo("Gamma Vision SAS")).body("siren", equalTo(other))
                .body("postalAddress", equalTo("12 rue de l’Exemple\n75001 Paris"))
                .body("contactEmail", equalTo("contact@gamma.example")).body("contactPhone", equalTo("+33 1 02 03 04 05"));
        as(member).get("/api/me/organisation").then().body("legalName", equalTo("Gamma Vision SAS")).body("siren", equalTo(other));
    }

    @Test
    void refusesABadSirenASirenOfAnotherOrganisationAndABadAddressChangingNothing() {
        as(member).body(update("123456789", "Gamma", null, null, null)).put("/api/me/organisation")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.hasItem("siren"));
        as(member).body(update(Scenario.SIREN_A, "Gamma", null, null, null)).put("/api/me/organisation")
                .then().statusCode(409).body("detail", containsString("autre organisation"));
        as(member).body(update(siren, "Gamma", null, "pas-une-adresse", null)).put("/api/me/organisation")
                .then().statusCode(422).body("detail", containsString("adresse électronique"));
        as(member).body(update(siren, "", null, null, null)).put("/api/me/organisation").then().statusCode(422);

        as(member).get("/api/me/organisation").then().body("legalName", equalTo("Gamma Vision (tests)"))
                .body("siren", equalTo(siren)).body("contactEmail", nullValue());
    }

    @Test
    void onlyMembersOfAnOrganisationEditItAndEachOnlyTheirOwn() {
        anonymous().body(update(siren, "Intrus", null, null, null)).put("/api/me/organisation").then().statusCode(401);
        as(Tokens.EVALUATOR).body(update(siren, "Intrus", null, null, null)).put("/api/me/organisation").then().statusCode(403);
        as(Tokens.ADMIN).body(update(siren, "Intrus", null, null, null)).put("/api/me/organisation").then().statusCode(403);
        // another candidate changes its own organisation, never this one
        as(Tokens.CANDIDATE_B).body(update(siren, "Intrus", null, null, null)).put("/api/me/organisation")
                .then().statusCode(409);
        as(member).get("/api/me/organisation").then().body("legalName", equalTo("Gamma Vision (tests)"));
    }

    @Test
    void thePageShowsTheFormFilledAndSavesIt() {
        given().auth().oauth2(Tokens.of(member)).accept("text/html").get("/organisation").then().statusCode(200)
                .body(allOf(containsString("action=\"/organisation/modifier\""), containsString("value=\"Gamma Vision (tests)\"")));
        // a request with its own bearer token carries no ambient credential: no form token is checked
        page().formParam("siren", siren).formParam("legalName", "Gamma Vision Page")
                .formParam("contactEmail", "faux").post("/organisation/modifier").then().statusCode(422)
                .body(allOf(containsString("adresse électronique de contact n’est pas valide"), containsString("value=\"Gamma Vision Page\"")));
        page().formParam("siren", siren).formParam("legalName", "Gamma Vision Page")
                .formParam("postalAddress", "1 place de Test").post("/organisation/modifier").then().statusCode(303)
                .header("Location", endsWith("/organisation?info=organisation-modifiee"));
        as(member).get("/api/me/organisation").then().body("legalName", equalTo("Gamma Vision Page"))
                .body("postalAddress", equalTo("1 place de Test"));
    }

    private io.restassured.specification.RequestSpecification page() {
        return given().auth().oauth2(Tokens.of(member)).accept("text/html")
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static Map<String, Object> update(String siren, String name, String address, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("siren", siren);
        body.put("legalName", name);
        body.put("postalAddress", address);
        body.put("contactEmail", email);
        body.put("contactPhone", phone);
        return body;
    }
}
