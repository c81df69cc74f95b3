package fr.amiengine.workshops;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The workshops in the browser, each page analysed by axe: the administrator schedules a session through the form
 * (a refused one first, the typed values kept), then a laureate finds it from « Mon espace », registers, reads the
 * seat taken, and gives it back.
 */
@QuarkusTest
class WorkshopBrowserTest {

    @Test
    void theAdministratorSchedulesASessionAndALaureateRegistersThenGivesTheSeatBack() {
        Workshops.laureates();
        String title = "Atelier du navigateur " + Scenario.uniqueCode("B");
        String date = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(33).toString();
        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.ADMIN, Tokens.passwordOf(Tokens.ADMIN));
            b.awaitPath("/espace");
            b.visit("/admin/ateliers");
            b.check("admin-ateliers");
            b.type("champ-title", title);
            b.select("champ-theme", "SOVEREIGNTY");
            b.setValue("champ-date", date);
            b.type("champ-capacity", "2");
            // neither a place nor a visio link: refused, what was typed is kept
            b.press("Programmer l’atelier");
            assertThat(b.find(By.id("champ-place-erreur")).getText()).contains("Indiquez un lieu ou un lien de visioconférence");
            assertThat(b.find(By.id("champ-title")).getAttribute("value")).isEqualTo(title);
            b.check("admin-ateliers-erreur");
            b.type("champ-visioUrl", "https://visio.numerique.gouv.fr/atelier-navigateur");
            b.press("Programmer l’atelier");
            b.awaitPath("/admin/ateliers/");
            assertThat(b.text()).contains(title, "0 inscrit sur 2 places");
            assertThat(b.find(By.cssSelector("main .badge")).getAttribute("textContent")).isEqualTo("Souveraineté numérique");
            b.check("admin-atelier");
        }
        Number id = as(Tokens.ADMIN).get("/api/workshops/all").then().extract().path("find { it.title == '" + title + "' }.id");

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.CANDIDATE_B, Tokens.passwordOf(Tokens.CANDIDATE_B));
            b.awaitPath("/espace");
            b.find(By.cssSelector("a[href='/ateliers']")).click();
            b.awaitPath("/ateliers");
            assertThat(b.find(By.id("atelier-" + id)).getText()).contains(title, "2 places restantes sur 2");
            b.check("laureat-ateliers");
            b.find(By.cssSelector("#atelier-" + id + " button")).click();
            b.awaitPath("fait=inscription&atelier=" + id);
            assertThat(b.text()).contains("Vous êtes inscrit à l’atelier");
            assertThat(b.find(By.id("atelier-" + id)).getText()).contains("1 place restante sur 2", "Vous êtes inscrit");
            assertThat(b.find(By.cssSelector("#atelier-" + id + " a[href='/api/workshops/" + id + "/calendar.ics']"))).isNotNull();
            b.check("laureat-ateliers-inscrit");
            b.find(By.cssSelector("#atelier-" + id + " button")).click();
            b.awaitPath("fait=desinscription&atelier=" + id);
            assertThat(b.text()).contains("votre place est libérée");
            assertThat(b.find(By.id("atelier-" + id)).getText()).contains("2 places restantes sur 2");
        }
        as(Tokens.ADMIN).get("/api/workshops/" + id + "/registrations").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
