package fr.amiengine.submission;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.amiengine.admissibility.CompletenessCheck;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** A submission and its process step are one transaction: when the engine fails, nothing is kept. */
@QuarkusTest
class SubmissionTransactionTest {

    @Inject
    ProcessEngine engine;

    @Test
    void rollsBackTheSubmissionWhenTheProcessFails() {
        String campaign = Scenario.openCampaign();
        Scenario.organisations();
        String reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Scenario.completeForm());
        Scenario.attachPdf(Tokens.CANDIDATE_A, reference);
        QuarkusMock.installMockForType(new CompletenessCheck() {
            @Override
            public boolean isComplete(String reference) {
                throw new IllegalStateException("panne simulée du contrôle de complétude");
            }
        }, CompletenessCheck.class);

        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", containsString("rien n’a été modifié"))
                .body("detail", not(containsString("IllegalStateException")));

        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then()
                .body("state", equalTo("DRAFT"))
                .body("submittedAt", equalTo(null))
                .body("history", hasSize(1));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .isZero();
    }
}
