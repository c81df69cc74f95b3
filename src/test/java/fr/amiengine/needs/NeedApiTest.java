package fr.amiengine.needs;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The census of needs, on the administrations' side: a verified administration declares, edits with the version it
 * read, and closes its needs; nobody else may declare, nor see another administration's need.
 */
@QuarkusTest
class NeedApiTest {

    @Test
    void aVerifiedAdministrationDeclaresEditsAndClosesItsNeed() {
        String buyer = Scenario.newVerifiedBuyer("Préfecture des besoins " + Scenario.uniqueCode("P"));
        Map<String, Object> body = Needs.body("Tri des courriers", "Ministère de l’Intérieur");

        String reference = as(buyer).body(body).post("/api/me/needs").then().statusCode(201)
                .body("state", equalTo("OPEN")).body("version", equalTo(0))
                .body("family.code", equalTo(Scenario.FAMILY)).body("privateNotes", equalTo("À voir avec la DSI"))
                .extract().path("reference");
        assertThat(reference).matches("BES-\\d{4,}");
        as(buyer).get("/api/me/needs").then().statusCode(200).body("reference", hasItem(reference));

        body.put("title", "Tri et réponse aux courriers");
        body.put("version", 0);
        as(buyer).body(body).put("/api/me/needs/" + reference).then().statusCode(200)
                .body("title", equalTo("Tri et réponse aux courriers")).body("version", equalTo(1));

        // a second editor who still had version 0 overwrites nothing
        body.put("title", "Version périmée");
        as(buyer).body(body).put("/api/me/needs/" + reference).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("modifié depuis que vous l’avez ouvert"));
        as(buyer).get("/api/me/needs/" + reference).then().statusCode(200).body("title", equalTo("Tri et réponse aux courriers"));

        as(buyer).post("/api/me/needs/" + reference + "/close").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("closedAt", notNullValue());
        body.put("version", 2);
        body.put("title", "Après clôture");
        as(buyer).body(body).put("/api/me/needs/" + reference).then().statusCode(409).body("detail", containsString("clos"));
        as(buyer).post("/api/me/needs/" + reference + "/close").then().statusCode(409);
        as(buyer).get("/api/me/needs/" + reference).then().statusCode(200).body("title", equalTo("Tri et réponse aux courriers"))
                .body("state", equalTo("CLOSED"));
    }

    @Test
    void aCompanyAnUnverifiedAdministrationAndAnAccountWithoutOrganisationMayNotDeclare() {
        Scenario.organisations();
        Map<String, Object> body = Needs.body("Besoin refusé", "Ministère des refus");
        as(Tokens.CANDIDATE_A).body(body).post("/api/me/needs").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("votre compte agit pour l’entreprise"));
        String unverified = Scenario.candidateOfNewOrganisation("Mairie non vérifiée " + Scenario.uniqueCode("M"), "ADMINISTRATION");
        as(unverified).body(body).post("/api/me/needs").then().statusCode(403)
                .body("detail", containsString("n’a pas encore été vérifiée"));
        as(unverified).get("/api/me/needs").then().statusCode(403);
        as(Tokens.EVALUATOR).body(body).post("/api/me/needs").then().statusCode(403)
                .body("detail", containsString("rattaché à aucune organisation"));
        as(Tokens.ADMIN).get("/api/me/needs").then().statusCode(403);
    }

    @Test
    void anotherAdministrationsNeedAnswersAsAnUnknownOne() {
        String owner = Scenario.newVerifiedBuyer("Rectorat propriétaire " + Scenario.uniqueCode("R"));
        String other = Scenario.newVerifiedBuyer("Rectorat voisin " + Scenario.uniqueCode("R"));
        Map<String, Object> body = Needs.body("Besoin du rectorat", "Ministère de l’Éducation nationale");
        String reference = as(owner).body(body).post("/api/me/needs").then().statusCode(201).extract().path("reference");

        as(other).get("/api/me/needs/BES-999999").then().statusCode(404).body("detail", containsString("parmi ceux de votre administration"));
        as(other).get("/api/me/needs/" + reference).then().statusCode(404).body("detail", containsString("parmi ceux de votre administration"));
        body.put("version", 0);
        as(other).body(body).put("/api/me/needs/" + reference).then().statusCode(404);
        as(other).post("/api/me/needs/" + reference + "/close").then().statusCode(404);
        as(other).get("/api/me/needs").then().statusCode(200).body("reference", not(hasItem(reference)));
        as(owner).get("/api/me/needs/" + reference).then().statusCode(200).body("state", equalTo("OPEN")).body("version", equalTo(0));
    }

    @Test
    void badInputIsRefusedInFrenchAndChangesNothing() {
        String buyer = Scenario.newVerifiedBuyer("Agence des refus " + Scenario.uniqueCode("A"));
        Map<String, Object> inverted = Needs.body("Budget inversé", "Ministère de la Culture");
        inverted.put("budgetMinEuros", 200_000);
        inverted.put("budgetMaxEuros", 100_000);
        as(buyer).body(inverted).post("/api/me/needs").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("budgetMaxEuros")).body("detail", containsString("inférieur ou égal"));

        Map<String, Object> unknownFamily = Needs.body("Famille inconnue", "Ministère de la Culture");
        unknownFamily.put("familyCode", "PAS-UNE-FAMILLE");
        as(buyer).body(unknownFamily).post("/api/me/needs").then().statusCode(422)
                .body("errors.field", hasItem("familyCode")).body("detail", containsString("n’est pas une famille des panoramas publiés"));

        Map<String, Object> blank = Needs.body(" ", "Ministère de la Culture");
        blank.put("horizon", null);
        blank.put("usersCount", -3);
        blank.put("context", "x".repeat(4001));
        as(buyer).body(blank).post("/api/me/needs").then().statusCode(422)
                .body("errors.field", hasItems("title", "horizon", "usersCount", "context"));
        Map<String, Object> emptyItems = Needs.body("Listes à trous", "Ministère de la Culture");
        emptyItems.put("securityRequired", java.util.Arrays.asList((Object) null));
        emptyItems.put("deploymentModesAccepted", java.util.Arrays.asList("SAAS", null));
        as(buyer).body(emptyItems).post("/api/me/needs").then().statusCode(422).contentType("application/problem+json");
        as(buyer).get("/api/me/needs").then().statusCode(200).body("size()", equalTo(0));

        String reference = as(buyer).body(Needs.body("Besoin valable", "Ministère de la Culture")).post("/api/me/needs")
                .then().statusCode(201).extract().path("reference");
        inverted.put("version", 0);
        as(buyer).body(inverted).put("/api/me/needs/" + reference).then().statusCode(422);
        Map<String, Object> withoutVersion = Needs.body("Sans version", "Ministère de la Culture");
        as(buyer).body(withoutVersion).put("/api/me/needs/" + reference).then().statusCode(422)
                .body("errors.field", hasItem("version"));
        as(buyer).get("/api/me/needs/" + reference).then().statusCode(200).body("title", equalTo("Besoin valable"))
                .body("version", equalTo(0)).body("budgetMinEuros", equalTo(30_000));
    }

    @Test
    void eightConcurrentDeclarationsGetEightDistinctReferences() throws Exception {
        String buyer = Scenario.newVerifiedBuyer("Plateforme concurrente " + Scenario.uniqueCode("C"));
        Needs.publishedFamily();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> declarations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                declarations.add(() -> as(buyer).body(Needs.body("Besoin simultané " + n, "Ministère des Armées"))
                        .post("/api/me/needs").then().statusCode(201).extract().path("reference"));
            }
            List<String> references = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(declarations)) {
                references.add(f.get());
            }
            assertThat(new HashSet<>(references)).hasSize(8);
            as(buyer).get("/api/me/needs").then().statusCode(200).body("size()", equalTo(8));
        } finally {
            pool.shutdownNow();
        }
    }
}
