package fr.amiengine.evaluation.assignment;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.amiengine.support.Committee;
import fr.amiengine.support.GreenMailTestResource;
import fr.amiengine.support.KeycloakAdmin;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** Members, declarations and the automatic assignment, through the API. */
@QuarkusTest
class AssignmentApiTest {

    @Inject
    ProcessEngine engine;

    @Test
    void assignsEveryAdmissibleFileToTwoMembersWithoutConflictAndEvenly() {
        Committee committee = Committee.inEvaluation(6, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3, Tokens.EVALUATOR_4)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_3, Tokens.EVALUATOR_4)
                .declare(Tokens.EVALUATOR_2, List.of(Map.of("siren", Scenario.SIREN_A, "kind", "OWN_ORGANISATION")));

        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/assignments/auto")
                .then().statusCode(200)
                .body("files", hasSize(6))
                .body("files.evaluators.flatten()", hasSize(12))
                .body("files.evaluators.flatten().reason", everyItem(notNullValue()))
                .body("loads.files", equalTo(List.of(3, 3, 3, 3)))
                .body("undeclared", empty());

        for (int i = 0; i < committee.files.size(); i++) {
            List<String> members = committee.membersOf(committee.files.get(i));
            assertThat(members).hasSize(2).doesNotHaveDuplicates();
            if (i % 2 == 0) {
                assertThat(members).as("les dossiers de l’organisation A").noneMatch(name -> name.equals("Marc Leroy"));
            }
        }
    }

    @Test
    void launchingTheEvaluationProposesTheAssignmentAtOnceWhenTheCommitteeIsReady() {
        Committee committee = Committee.closed(4, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().body("files", empty());

        committee.startEvaluation();

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then()
                .body("released", equalTo(false))
                .body("note", org.hamcrest.Matchers.nullValue())
                .body("files", hasSize(4))
                .body("files.evaluators.flatten()", hasSize(8))
                .body("files.evaluators.flatten().state", everyItem(equalTo("PROPOSED")));
        as(Tokens.EVALUATOR).get("/api/me/assignments").then()
                .body("findAll { it.campaignCode == '" + committee.code + "' }", empty());
    }

    @Test
    void refusesAnImpossibleAssignmentByNamingTheFilesThatLackMembers() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR)
                .declare(Tokens.EVALUATOR_2, List.of(Map.of("siren", Scenario.SIREN_A, "kind", "LINK", "note", "conseil en 2024")));

        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/assignments/auto")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(committee.files.get(0) + "\u00a0: 1 évaluateur possible sans conflit pour 2 requis"));

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().body("files", empty());
    }

    @Test
    void leavesOutMembersWhoHaveNotDeclaredTheirLinks() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2);

        committee.propose();

        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then()
                .body("undeclared", equalTo(List.of("Sophie Garnier")))
                .body("loads.find { it.evaluator == 'Sophie Garnier' }.files", equalTo(0));
        committee.release();
        // other tests of the run may have given this member files of their own campaigns: only this one counts
        as(Tokens.EVALUATOR_3).get("/api/me/assignments").then().statusCode(200)
                .body("findAll { it.campaignCode == '" + committee.code + "' }.reference", empty());
    }

    @Test
    void anAdministratorChangesAProposedAssignmentButNotToAConflictedMember() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declare(Tokens.EVALUATOR_3, List.of(Map.of("siren", Scenario.SIREN_A, "kind", "LINK")))
                .propose();
        Map<String, Object> view = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().extract().path("$");
        Number evaluator3 = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/evaluators").then().extract()
                .path("find { it.displayName == 'Sophie Garnier' }.id");
        Number onFileA = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().extract()
                .path("files.find { it.reference == '" + committee.files.get(0) + "' }.evaluators[0].assignmentId");

        as(Tokens.ADMIN).body(Map.of("evaluatorId", evaluator3)).put("/api/assignments/" + onFileA)
                .then().statusCode(422).body("errors[0].field", equalTo("evaluatorId"))
                .body("errors[0].message", containsString("a déclaré un lien"));
        as(Tokens.EVALUATOR).body(Map.of("evaluatorId", evaluator3)).put("/api/assignments/" + onFileA).then().statusCode(403);
        assertThat(as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().extract().<Object>path("$"))
                .isEqualTo(view);
    }

    @Test
    void refusesToReleaseWhileAFileHasLostAllItsMembersAndNamesIt() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2).propose();
        String fileOfA = committee.files.get(0);
        String fileOfB = committee.files.get(1);

        committee.declare(Tokens.EVALUATOR, List.of(Map.of("siren", Scenario.SIREN_A, "kind", "LINK", "note", "Ancien salarié")));
        committee.declare(Tokens.EVALUATOR_2, List.of(Map.of("siren", Scenario.SIREN_A, "kind", "LINK", "note", "Conjoint")));

        assertThat(committee.membersOf(fileOfA)).isEmpty();
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then()
                .body("note", containsString(fileOfA + " a perdu un évaluateur"));
        as(Tokens.ADMIN).body(Map.of("dueAt", java.time.Instant.now().plus(java.time.Duration.ofDays(10)).toString()))
                .post("/api/campaigns/" + committee.code + "/assignments/release").then().statusCode(409)
                .body("detail", containsString("Aucun évaluateur n’est proposé pour " + fileOfA))
                .body("detail", org.hamcrest.Matchers.not(containsString(fileOfB)));
        as(Tokens.EVALUATOR).get("/api/me/assignments").then()
                .body("findAll { it.campaignCode == '" + committee.code + "' }", empty());
    }

    @Test
    void aFileWithdrawnBeforeTheReleaseIsLeftOutOfIt() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2).propose();
        String withdrawn = committee.files.get(0);
        as(Tokens.CANDIDATE_A).body(Map.of("reason", "Solution retirée du marché"))
                .post("/api/candidatures/" + withdrawn + "/withdraw").then().statusCode(200);

        committee.release();

        as(Tokens.EVALUATOR).get("/api/me/assignments").then()
                .body("findAll { it.campaignCode == '" + committee.code + "' }.reference", equalTo(List.of(committee.files.get(1))));
    }

    @Test
    void releasesTheFilesToTheirMembersWithADueDate() {
        Committee committee = Committee.inEvaluation(2, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();

        as(Tokens.EVALUATOR).get("/api/me/assignments").then().statusCode(200)
                .body("findAll { it.campaignCode == '" + committee.code + "' }", hasSize(2))
                .body("findAll { it.campaignCode == '" + committee.code + "' }.dueAt", everyItem(notNullValue()));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(committee.files.get(0))
                .taskDefinitionKey("Task_ScoreCandidature").count()).isEqualTo(2);
        as(Tokens.ADMIN).post("/api/campaigns/" + committee.code + "/assignments/auto").then().statusCode(409)
                .body("detail", containsString("déjà publiée"));
    }

    @Test
    void onlyAdministratorsInviteAndAMemberIsInvitedOnce() {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR").invite(Tokens.EVALUATOR);
        Map<String, Object> invitation = Map.of("email", Committee.MEMBERS.get(Tokens.EVALUATOR), "firstName", "É",
                "lastName", "P", "administration", "DINUM");

        as(Tokens.ADMIN).body(invitation).post("/api/campaigns/" + committee.code + "/evaluators")
                .then().statusCode(409).body("detail", containsString("déjà membre"));
        as(Tokens.EVALUATOR).body(invitation).post("/api/campaigns/" + committee.code + "/evaluators").then().statusCode(403);
        as(Tokens.ADMIN).body(Map.of("email", "pas-une-adresse", "firstName", "A", "lastName", "B", "administration", "C"))
                .post("/api/campaigns/" + committee.code + "/evaluators")
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
    }

    @Test
    void createsTheAccountOfANewMemberAndKeycloakMailsThemTheStepsToVerifyIt() {
        // given no account holds the address
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR");
        String email = "nouveau." + Scenario.uniqueCode("m").toLowerCase() + "@culture.gouv.example";

        // when an administrator invites it
        as(Tokens.ADMIN).body(Map.of("email", email, "firstName", "Jeanne", "lastName", "Nouvelle", "administration", "Culture",
                        "families", List.of(Scenario.FAMILY)))
                .post("/api/campaigns/" + committee.code + "/evaluators")
                .then().statusCode(201)
                .body("evaluator.displayName", equalTo("Jeanne Nouvelle"))
                .body("accountCreated", equalTo(true))
                .body("temporaryPassword", nullValue());

        // then the account waits for its owner to verify the address and choose a password, by Keycloak's own mail
        Map<String, Object> account = KeycloakAdmin.user(email);
        assertThat(account.get("emailVerified")).isEqualTo(false);
        assertThat(account.get("requiredActions")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .contains("VERIFY_EMAIL", "UPDATE_PASSWORD");
        assertThat(GreenMailTestResource.awaitReceivedBy(email, Duration.ofSeconds(30))).singleElement()
                .satisfies(mail -> assertThat(GreenMailTestResource.text(mail)).contains("action-token"));

        // and inviting the same address again changes nothing and mails nobody
        as(Tokens.ADMIN).body(Map.of("email", email.toUpperCase(), "firstName", "Jeanne", "lastName", "Nouvelle",
                        "administration", "Culture", "families", List.of(Scenario.FAMILY)))
                .post("/api/campaigns/" + committee.code + "/evaluators")
                .then().statusCode(409).body("detail", containsString("déjà membre"));
        assertThat(GreenMailTestResource.awaitReceivedBy(email, Duration.ofSeconds(30))).hasSize(1);
        as(Tokens.ADMIN).body(Map.of("email", "x@y.example", "firstName", "A", "lastName", "B", "administration", "C",
                        "families", List.of("INCONNUE")))
                .post("/api/campaigns/" + committee.code + "/evaluators")
                .then().statusCode(422).body("errors[0].field", equalTo("families[0]"));
    }

    @Test
    void refusesTheSeatToAnAccountThatRegisteredTheAddressWithoutVerifyingIt() {
        // given someone registered first with future members' addresses, and never verified them: as Keycloak's
        // form leaves it (no password until the address is verified), or with a password
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR");
        String pending = Scenario.uniqueCode("usurp").toLowerCase();
        String withPassword = Scenario.uniqueCode("usurp").toLowerCase();
        String pendingEmail = pending + "@interieur.gouv.example";
        String withPasswordEmail = withPassword + "@interieur.gouv.example";
        Map<String, String> accounts = Map.of(
                pendingEmail, KeycloakAdmin.registeredWithoutVerifying(pending, pendingEmail),
                withPasswordEmail, KeycloakAdmin.createAccount(withPassword, withPasswordEmail, false));

        accounts.forEach((email, subject) -> {
            // when an administrator invites that address
            as(Tokens.ADMIN).body(Map.of("email", email, "firstName", "Vraie", "lastName", "Personne", "administration", "Intérieur"))
                    .post("/api/campaigns/" + committee.code + "/evaluators")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("n’a pas été vérifiée"));

            // then the account got no role, no seat, and no mail that would let the registration go on
            assertThat(KeycloakAdmin.realmRoles(subject)).doesNotContain("evaluator");
            as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/evaluators").then().statusCode(200)
                    .body("email", not(hasItem(email)));
            assertThat(GreenMailTestResource.receivedBy(email, "")).isEmpty();
        });
    }

    @Test
    void neverGivesAMemberTheFilesOfTheirOwnOrganisationOrOfTheAdministrationTheyComeFrom() {
        // given a file from an administration, a member who comes from it, and a member whose account files for it
        String ministry = "Ministère des essais " + Scenario.uniqueCode("M");
        String administration = Scenario.candidateOfNewOrganisation(ministry, "ADMINISTRATION");
        Committee committee = Committee.closed(2, "ADDITIONAL_EVALUATOR", List.of(administration))
                .startEvaluation()
                .invite(Tokens.EVALUATOR_2, Tokens.EVALUATOR_3);
        String fileOfMinistry = committee.files.get(2);
        as(Tokens.ADMIN).body(Map.of("email", Committee.MEMBERS.get(Tokens.EVALUATOR), "firstName", "Élise", "lastName", "Petit",
                "administration", ministry.toUpperCase(), "families", List.of(Scenario.FAMILY)))
                .post("/api/campaigns/" + committee.code + "/evaluators").then().statusCode(201);
        committee.inviteAddress(administration + "@organisation.example", "Inspection des essais");
        Tokens.forget(administration);
        committee.declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2, Tokens.EVALUATOR_3, administration);

        // when the assignment is proposed
        committee.propose();

        // then neither of them is on the ministry's file, and the administrators see why
        assertThat(committee.membersOf(fileOfMinistry)).hasSize(2).doesNotContain("Élise Petit", "Compte De test");
        as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/evaluators").then().statusCode(200)
                .body("find { it.displayName == 'Élise Petit' }.detectedConflicts.reference", equalTo(List.of(fileOfMinistry)))
                .body("find { it.displayName == 'Élise Petit' }.detectedConflicts[0].reason",
                        containsString("administration d’origine"))
                .body("find { it.displayName == 'Compte De test' }.detectedConflicts.reference", equalTo(List.of(fileOfMinistry)))
                .body("find { it.displayName == 'Compte De test' }.detectedConflicts[0].reason",
                        containsString("candidate"))
                .body("find { it.displayName == 'Marc Leroy' }.detectedConflicts", empty());
        Number elise = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/evaluators").then().extract()
                .path("find { it.displayName == 'Élise Petit' }.id");
        Number onMinistryFile = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/assignments").then().extract()
                .path("files.find { it.reference == '" + fileOfMinistry + "' }.evaluators[0].assignmentId");
        as(Tokens.ADMIN).body(Map.of("evaluatorId", elise)).put("/api/assignments/" + onMinistryFile)
                .then().statusCode(422).body("errors[0].message", containsString("administration d’origine"));
        // a member is not told of the files their conflicts keep from them: those files are not theirs to know of
        as(Tokens.EVALUATOR).body(Map.of("links", List.of(), "complete", true))
                .post("/api/me/committees/" + committee.code + "/declaration")
                .then().statusCode(200).body("detectedConflicts", empty());
    }
}
