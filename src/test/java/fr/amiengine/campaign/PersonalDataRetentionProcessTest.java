package fr.amiengine.campaign;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.correspondence.OutgoingMailRepository;
import fr.amiengine.evaluation.committee.Evaluator;
import fr.amiengine.evaluation.committee.EvaluatorRepository;
import fr.amiengine.evaluation.scoring.ScoreLedger;
import fr.amiengine.integrity.IntegrityService;
import fr.amiengine.integrity.LedgerChain;
import fr.amiengine.integrity.LedgerLine;
import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.submission.ActorKind;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The retention of a campaign's personal data: its timer starts at the first publication and falls due after the
 * campaign's period; when it fires, contacts, members' and evaluators' names are erased or pseudonymised, the rest
 * stays, the ledgers still verify, the administrators read what was erased; running it again changes nothing.
 */
@QuarkusTest
class PersonalDataRetentionProcessTest {

    @Inject
    ProcessEngine engine;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    EvaluatorRepository evaluators;

    @Inject
    OutgoingMailRepository mails;

    @Inject
    ScoreLedger scoreLedger;

    @Inject
    IntegrityService integrity;

    @Inject
    RetentionService retention;

    @Inject
    PersonalDataErasureRepository erasures;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Test
    void erasesThePersonalDataOfAPublishedCampaignAtTheEndOfItsRetentionAndKeepsTheLedgersVerifiable() {
        // given a decided campaign whose letters have left, published
        Deliberation d = Deliberation.evaluated(2, null, List.of(general("Lecteur Éléphant", "DOCUMENTS", 4.5),
                general("Projet Écarté", "DOCUMENTS", 2))).decidedAndSent();
        String kept = d.ref("Lecteur Éléphant");
        Map<String, String> outcomes = d.outcomes();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        Long campaignId = QuarkusTransaction.requiringNew().call(() -> campaigns.getByCode(d.code).id);

        // then the retention timer waits for 36 months (the default) after the first publication
        Campaign published = QuarkusTransaction.requiringNew().call(() -> campaigns.getByCode(d.code));
        assertThat(published.retentionMonths).isEqualTo(Campaign.DEFAULT_RETENTION_MONTHS);
        String retentionInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(d.code)
                .processDefinitionKey(ProcessVariables.PROCESS_PERSONAL_DATA_RETENTION).singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(retentionInstance)
                .activityId(ProcessVariables.TIMER_RETENTION_ENDS).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(published.publishedAt.atZone(ZoneOffset.UTC).plusMonths(36).toInstant()));
        as(Tokens.ADMIN).get("/campagnes/" + d.code).then().statusCode(200)
                .body(containsString("Conservées 36 mois")).body(not(containsString("Données personnelles effacées")));
        as(Tokens.ADMIN).get("/api/candidatures/" + kept).then().body("contact.email", equalTo("camille.martin@alpha-ia.example"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluators.list("campaign.id", campaignId)))
                .extracting(e -> e.displayName).doesNotContain("Personne 1");

        // when the timer fires (fast-forwarded) and the erasure runs
        assertThat(Scenario.processes().run(d.code, ProcessVariables.TIMER_RETENTION_ENDS)).isEqualTo(1);
        assertThat(Scenario.processes().run(d.code, ProcessVariables.TASK_ERASE_PERSONAL_DATA)).isEqualTo(1);

        // then the contacts are erased, the members' and evaluators' names pseudonymised
        as(Tokens.ADMIN).get("/api/candidatures/" + kept).then().statusCode(200)
                .body("contact.name", nullValue()).body("contact.email", nullValue()).body("contact.phone", nullValue())
                .body("solutionName", equalTo("Lecteur Éléphant"));
        QuarkusTransaction.requiringNew().run(() -> {
            Candidature file = candidatures.getWithHistory(kept);
            assertThat(file.createdBy).isEqualTo("Personne 1");
            assertThat(file.history).filteredOn(e -> e.actorKind == ActorKind.CANDIDATE).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.actor).matches("Personne \\d+"));
            List<Evaluator> committee = evaluators.list("campaign.id = ?1 order by id", campaignId);
            assertThat(committee).isNotEmpty().allSatisfy(e -> {
                assertThat(e.displayName).matches("Personne \\d+");
                assertThat(e.username).isEqualTo(e.displayName);
                assertThat(e.email).isEmpty();
                assertThat(e.subject).startsWith("efface-");
                assertThat(e.administration).isNotBlank();
            });
            assertThat(mails.list("candidature.campaign.id", campaignId)).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.recipient).isEmpty());
            assertThat(campaigns.findById(campaignId).contactEmail).isNull();
        });
        // the ledgers still verify, against the live rows and the heads published before the erasure, their actors erased
        IntegrityService.CampaignIntegrity afterErasure = integrity.verify(d.code);
        assertThat(afterErasure.chains()).as("registres après l’effacement").allSatisfy(chain -> {
            assertThat(chain.differences()).isEmpty();
            assertThat(chain.intact()).isTrue();
        });
        assertThat(afterErasure.chain(LedgerChain.SCORES).entries()).isPositive();
        assertThat(afterErasure.chain(LedgerChain.DECISIONS).entries()).isPositive();
        assertThat(afterErasure.chain(LedgerChain.SCORES).heads()).isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> scoreLedger.lines(campaignId)))
                .isNotEmpty().allSatisfy(line -> assertThat(line.actor).isEqualTo(LedgerLine.ERASED));
        // the decisions and the rest of the files are intact
        assertThat(d.outcomes()).isEqualTo(outcomes);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_PersonalDataErased")
                .processInstanceId(timer.getProcessInstanceId()).count()).isEqualTo(1);

        // the administrators read what was erased, one line per holder; others do not
        int lines = holders.stream().toList().size();
        as(Tokens.ADMIN).get("/campagnes/" + d.code).then().statusCode(200)
                .body(containsString("Données personnelles effacées le"))
                .body(containsString("Contacts des dossiers"))
                .body(containsString("Membres du comité"));
        assertThat(retention.report(d.code).lines()).hasSize(lines);
        anonymous().get("/campagnes/" + d.code).then().statusCode(200).body(not(containsString("Données personnelles effacées")));

        // running again changes nothing: the holders already done are skipped, and each holder is idempotent
        assertThat(retention.erase(d.code)).isZero();
        for (PersonalDataHolder holder : holders) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> holder.erase(campaignId))).as(holder.description()).isZero();
        }
        // a crash after some holders committed: their line is there, the others' not; the retried job redoes the others
        String redone = retention.report(d.code).lines().get(0).holder();
        QuarkusTransaction.requiringNew().run(() -> erasures.delete("campaign.id = ?1 and holder = ?2", campaignId, redone));
        assertThat(retention.erase(d.code)).isZero();
        assertThat(retention.report(d.code).lines()).hasSize(lines).extracting(RetentionReport.Line::holder).contains(redone);
    }

    @Test
    void aCampaignPublishedBeforeRetentionExistedGetsItsTimerAtStartAndOnlyOnce() {
        // given a campaign whose panorama went out before V14: published, but no retention process
        Deliberation d = Deliberation.evaluated(2, null, List.of(general("Publié avant", "DOCUMENTS", 4))).decidedAndSent();
        Instant publishedAt = Instant.parse("2025-06-15T10:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            Campaign campaign = campaigns.getByCode(d.code);
            campaign.publishedAt = publishedAt;
            campaign.state = CampaignState.PUBLISHED;
        });
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(d.code)
                .processDefinitionKey(ProcessVariables.PROCESS_PERSONAL_DATA_RETENTION).count()).isZero();

        // when the application starts (the step it runs once the models are deployed), twice
        assertThat(retention.scheduleEarlierPublications()).contains(d.code);
        assertThat(retention.scheduleEarlierPublications()).doesNotContain(d.code);

        // then one timer, due 36 months after that publication
        List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(d.code)
                .processDefinitionKey(ProcessVariables.PROCESS_PERSONAL_DATA_RETENTION).list().stream().map(i -> i.getId()).toList();
        assertThat(instances).hasSize(1);
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instances.get(0))
                .activityId(ProcessVariables.TIMER_RETENTION_ENDS).list();
        assertThat(timers).hasSize(1);
        assertThat(timers.get(0).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-06-15T10:00:00Z")));
    }

    @Test
    void refusesARetentionPeriodOutsideItsBoundsInFrench() {
        for (int months : new int[] {5, 121}) {
            Map<String, Object> body = Scenario.campaign(Scenario.uniqueCode("CONSERV"), java.time.Instant.now().plusSeconds(86_400),
                    java.time.Instant.now().plusSeconds(30 * 86_400));
            body.put("retentionMonths", months);
            as(Tokens.ADMIN).body(body).post("/api/campaigns").then().statusCode(422).contentType("application/problem+json")
                    .body(containsString(months < 6 ? "au moins 6 mois" : "au plus 120 mois"));
        }
        String code = Scenario.uniqueCode("CONSERV");
        Map<String, Object> body = Scenario.campaign(code, java.time.Instant.now().plusSeconds(86_400),
                java.time.Instant.now().plusSeconds(30 * 86_400));
        body.put("retentionMonths", 60);
        as(Tokens.ADMIN).body(body).post("/api/campaigns").then().statusCode(201).body("retentionMonths", equalTo(60));
        String draft = Scenario.draftCampaign();
        as(Tokens.ADMIN).get("/api/campaigns/" + draft).then().body("retentionMonths", equalTo(36));
        as(Tokens.ADMIN).get("/admin/campagnes/" + draft + "/modifier").then().statusCode(200)
                .body(containsString("name=\"retentionMonths\" value=\"36\""));
    }
}
