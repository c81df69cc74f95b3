package fr.amiengine.identity;

import static fr.amiengine.support.Api.anonymous;
import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fr.amiengine.support.KeycloakAdmin;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    private static final String NEW_SIREN = "130000003";

    @Inject
    OrganisationMemberRepository members;

    @Inject
    OrganisationRepository organisations;

    @BeforeEach
    void candidateThreeHasNoOrganisationYet() {
        QuarkusTransaction.requiringNew().run(() -> {
            members.delete("username", Tokens.CANDIDATE_NEW);
            organisations.delete("siren", NEW_SIREN);
        });
        Scenario.organisations();
    }

    @Test
    void theRealmAsksEverySelfRegisteredAccountToVerifyItsAddressAndCanMailIt() {
        Map<String, Object> realm = KeycloakAdmin.realm();

        assertThat(realm.get("registrationAllowed")).isEqualTo(true);
        assertThat(realm.get("verifyEmail")).as("adresse vérifiée avant toute connexion").isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> smtp = (Map<String, Object>) realm.get("smtpServer");
        assertThat(smtp).as("serveur d’envoi du royaume").isNotNull().containsEntry("host", "127.0.0.1");
        assertThat(smtp.get("port")).as("port lu de l’environnement à l’import").isNotEqualTo("8025")
                .asString().containsOnlyDigits();
    }

    @Test
    void aCandidateDeclaresItsOrganisationOnce() {
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", "130 000 003", "legalName", "Gamma Solutions", "kind", "COMPANY"))
                .post("/api/me/organisation")
                .then().statusCode(201)
                .body("siren", equalTo(NEW_SIREN))
                .body("legalName", equalTo("Gamma Solutions"));

        as(Tokens.CANDIDATE_NEW).get("/api/me/organisation").then().statusCode(200).body("siren", equalTo(NEW_SIREN));
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", "110000007", "legalName", "Autre", "kind", "COMPANY"))
                .post("/api/me/organisation")
                .then().statusCode(409).body("detail", containsString("déjà rattaché"));
    }

    @Test
    void rejectsAWrongSirenChecksumInFrenchAndCreatesNothing() {
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", "130000004", "legalName", "Gamma Solutions", "kind", "COMPANY"))
                .post("/api/me/organisation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("siren"))
                .body("errors[0].message", containsString("clé de contrôle"));

        as(Tokens.CANDIDATE_NEW).get("/api/me/organisation").then().statusCode(404);
    }

    @Test
    void namesTheKindsInFrenchWhenTheKindIsUnknownOrMissingAndCreatesNothing() {
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", NEW_SIREN, "legalName", "Gamma Solutions", "kind", "SOCIETE"))
                .post("/api/me/organisation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("Entreprise, Administration ou établissement public"))
                .body("detail", not(containsString("COMPANY")));
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", NEW_SIREN, "legalName", "Gamma Solutions"))
                .post("/api/me/organisation")
                .then().statusCode(422)
                .body("errors[0].message", containsString("entreprise, ou administration"))
                .body("errors[0].message", not(containsString("COMPANY")));

        as(Tokens.CANDIDATE_NEW).get("/api/me/organisation").then().statusCode(404);
    }

    @Test
    void refusesToJoinAnOrganisationDeclaredByAnotherAccount() {
        as(Tokens.CANDIDATE_NEW).body(Map.of("siren", Scenario.SIREN_A, "legalName", "Usurpation", "kind", "COMPANY"))
                .post("/api/me/organisation")
                .then().statusCode(409).body("detail", containsString("ne peut pas être rattaché"));

        as(Tokens.CANDIDATE_NEW).get("/api/me/organisation").then().statusCode(404);
    }

    @Test
    void onlyCandidatesDeclareAnOrganisation() {
        Map<String, String> body = Map.of("siren", NEW_SIREN, "legalName", "X", "kind", "ADMINISTRATION");
        anonymous().body(body).post("/api/me/organisation").then().statusCode(401);
        as(Tokens.EVALUATOR).body(body).post("/api/me/organisation").then().statusCode(403);
        as(Tokens.ADMIN).body(body).post("/api/me/organisation").then().statusCode(403);
    }
}
