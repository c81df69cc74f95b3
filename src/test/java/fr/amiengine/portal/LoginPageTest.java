package fr.amiengine.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fr.amiengine.support.KeycloakAdmin;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SignedInBrowser;
import fr.amiengine.support.Tokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's login pages are in the service's look and in its words (the theme of config/keycloak/themes/ami, which
 * the real Keycloak of the tests serves), and signing in from a page comes back to that page, never to another
 * site.
 */
@QuarkusTest
class LoginPageTest {

    @Test
    void keycloakServesTheServiceLoginThemeInFrench() throws Exception {
        HttpResponse<String> login = SignedInBrowser.fresh().following().send(SignedInBrowser.get("/connexion"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.body())
                .contains("/login/ami/css/ami.css")
                .contains("Créer un compte")
                .doesNotContain(">Enregistrement<")
                .contains("Appels à manifestation d’intérêt de l’État");
    }

    @Test
    void signingInFromACampaignPageComesBackToIt() throws Exception {
        Scenario.organisations();
        String campaign = Scenario.openCampaign();
        String back = "/campagnes/" + campaign;
        given().accept("text/html").get(back).then().statusCode(200)
                .body(containsString("href=\"/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8) + "\""));

        HttpResponse<String> landed = SignedInBrowser.fresh().signIn(Tokens.CANDIDATE_A,
                "/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

        assertThat(landed.uri().getPath()).isEqualTo(back);
        assertThat(landed.statusCode()).isEqualTo(200);
    }

    @Test
    void aNewcomerDeclaresTheOrganisationFirstThenComesBackToTheCampaign() throws Exception {
        String campaign = Scenario.openCampaign();
        String back = "/campagnes/" + campaign;
        String newcomer = Scenario.uniqueCode("nouveau").toLowerCase();
        KeycloakAdmin.createAccount(newcomer, newcomer + "@organisation.example", true);
        SignedInBrowser browser = SignedInBrowser.fresh();

        HttpResponse<String> form = browser.signIn(newcomer, "/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        assertThat(form.uri().getPath()).isEqualTo("/organisation");
        assertThat(form.body()).contains("name=\"retour\" value=\"" + back + "\"");

        HttpResponse<String> declared = browser.send(SignedInBrowser.post("/organisation", "_csrf="
                + URLEncoder.encode(browser.formToken("/organisation"), StandardCharsets.UTF_8) + "&siren=" + Scenario.freshSiren()
                + "&legalName=Nouvelle+organisation&kind=COMPANY&retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        assertThat(declared.statusCode()).isEqualTo(303);
        assertThat(declared.headers().firstValue("Location").orElseThrow()).endsWith(back + "?info=organisation-declaree");
    }

    @Test
    void refusesToSendThePersonToAnotherSiteAfterSigningIn() throws Exception {
        Scenario.organisations();
        for (String elsewhere : new String[] {"https://pirate.example/", "//pirate.example/espace", "/\\pirate.example",
                "javascript:alert(1)", "espace"}) {
            HttpResponse<String> landed = SignedInBrowser.fresh().signIn(Tokens.CANDIDATE_A,
                    "/connexion?retour=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
            assertThat(landed.uri().getHost()).as(elsewhere).isEqualTo("127.0.0.1");
            assertThat(landed.uri().getPath()).as(elsewhere).isEqualTo("/espace");
        }
    }
}
