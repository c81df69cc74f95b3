package fr.amiengine.meetings;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Browser;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The end of the buyer's path in the browser, each page analysed by axe: from a laureate's page of the panorama to
 * « Demander un rendez-vous », a free slot chosen and asked for, the request read as pending, then accepted by the
 * laureate in its invitations and read as accepted.
 */
@QuarkusTest
class MeetingBrowserTest {

    /** A day no other test opens (they take 20 to 31 days ahead): every slot of it is free for this buyer. */
    private static final int DAYS_AHEAD = 40;
    private static final String MESSAGE = "Nous voudrions voir la transcription des audiences en démonstration.";

    @Test
    void theBuyerRequestsAFreeSlotOfALaureateAndSeesItPendingThenAccepted() {
        MeetingScenario s = MeetingScenario.published();
        Scenario.verifiedBuyerAdministration();
        JsonPath day = as(Tokens.ADMIN).body(MeetingScenario.day(s.code, DAYS_AHEAD, 3)).post("/api/meetings/days").then()
                .statusCode(201).extract().jsonPath();
        long dayId = day.getLong("id");
        // the second slot, not the one the list shows first: the test sees that the buyer's choice is the one sent
        int chosen = day.getList("slots.id", Integer.class).get(1);
        String card = "laureat-" + dayId + "-" + s.alpha1;

        try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
            b.visit("/connexion");
            Keycloak.login(b, Tokens.BUYER, "acheteur-demo");
            b.awaitPath("/espace");

            // from the laureate's page of the panorama, to its slots only
            b.visit("/panorama/" + s.code + "/solutions/" + s.alpha1);
            b.check("acheteur-solution");
            b.find(By.cssSelector("a[href='/rencontres?solution=" + s.alpha1 + "']")).click();
            b.awaitPath("/rencontres?solution=" + s.alpha1);
            assertThat(b.find(By.id(card)).getText()).startsWith("Alpha Un");
            assertThat(b.driver().findElements(By.id("laureat-" + dayId + "-" + s.beta))).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector("#creneau-" + dayId + "-" + s.alpha1 + " option")))
                    .extracting(WebElement::getText).containsExactly("09:00–09:30", "09:30–10:00", "10:00–10:30");
            b.check("acheteur-rencontres");

            // the field stops at the 2 000 characters a request accepts: beyond, a 422 gave the page back without the message
            assertThat(b.find(By.id("message-" + dayId + "-" + s.alpha1)).getAttribute("maxlength")).isEqualTo("2000");
            b.select("creneau-" + dayId + "-" + s.alpha1, String.valueOf(chosen));
            b.type("message-" + dayId + "-" + s.alpha1, MESSAGE);
            b.find(By.xpath("//section[starts-with(@aria-labelledby, '" + card + " ')]//button[@type='submit']")).click();
            b.awaitPath("/rencontres/demandes");

            // the request posts to the list's address: the row, not the address, says it was recorded
            By row = By.xpath("//tbody/tr[td[1][contains(., " + literal(day.getString("dateLabel"))
                    + ") and contains(., '09:30–10:00')]]");
            assertThat(b.find(row).getText()).contains("Alpha Un", "demandé");
            Map<String, Object> meeting = as(Tokens.BUYER).get("/api/meetings/requests").then().statusCode(200).extract()
                    .path("find { it.slotId == " + chosen + " }");
            assertThat(meeting).as("la demande du créneau choisi").isNotNull()
                    .containsEntry("laureateReference", s.alpha1).containsEntry("state", "REQUESTED")
                    .containsEntry("message", MESSAGE);
            b.check("acheteur-demandes");

            // the laureate, a member of Alpha Un's organisation, accepts it in its invitations
            Number id = (Number) meeting.get("id");
            By accept = By.cssSelector("form[action='/rencontres/invitations/" + id + "/accepter'] button");
            try (Browser laureate = Browser.open(KeycloakTestResource.applicationUrl())) {
                laureate.visit("/connexion");
                Keycloak.login(laureate, Tokens.CANDIDATE_A, "candidat1-demo");
                laureate.awaitPath("/espace");
                laureate.visit("/rencontres/invitations");
                assertThat(laureate.find(accept).getText()).startsWith("Accepter");
                laureate.check("laureat-invitations");
                laureate.find(accept).click();
                new WebDriverWait(laureate.driver(), Duration.ofSeconds(30))
                        .until(ExpectedConditions.invisibilityOfElementLocated(accept));
                assertThat(laureate.find(row).getText()).contains("Alpha Un", "accepté");
                laureate.check("laureat-invitations-acceptee");
            }

            b.visit("/rencontres/demandes");
            assertThat(b.find(row).getText()).contains("Alpha Un", "accepté");
            b.check("acheteur-demandes-acceptee");
        }
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
