package fr.amiengine.submission;

import static fr.amiengine.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.amiengine.shared.ServerClock;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deadline is the server's clock against the closing instant, whatever the campaign's timer has done. */
@QuarkusTest
class SubmissionDeadlineTest {

    private String campaign;
    private Instant closingAt;
    private String reference;

    @BeforeEach
    void completeDraftWithItsPdf() {
        campaign = Scenario.openCampaign();
        closingAt = Instant.parse(as(Tokens.ADMIN).get("/api/campaigns/" + campaign).then().extract().path("closingAt"));
        Scenario.organisations();
        reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);
    }

    @Test
    void refusesASubmissionOneSecondAfterTheDeadlineAndKeepsTheDraft() {
        serverTimeIs(closingAt.plusSeconds(1));

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("date limite"));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("DRAFT"))
                .body("history", hasSize(1));
    }

    @Test
    void acceptsASubmissionAtTheClosingInstantItself() {
        serverTimeIs(closingAt);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void keepsSavingTheDraftAfterTheDeadlineSoThatNothingIsLost() {
        serverTimeIs(closingAt.plus(Duration.ofMinutes(5)));

        as(Tokens.CANDIDATE_A).body(Map.of("solutionName", "Travail conservé")).put("/api/candidatures/" + reference)
                .then().statusCode(200).body("solutionName", equalTo("Travail conservé"));
        as(Tokens.CANDIDATE_B).body(Map.of()).post("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(409).body("detail", containsString("date limite"));
    }

    private static void serverTimeIs(Instant instant) {
        QuarkusMock.installMockForType(new ServerClock() {
            @Override
            public Instant now() {
                return instant;
            }
        }, ServerClock.class);
    }
}
