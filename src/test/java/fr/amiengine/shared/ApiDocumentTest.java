package fr.amiengine.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /q/openapi describes the API only, and every operation in it says who may call it,
 * which errors it answers and under which name; .ci/run lints the same document with Redocly.
 */
@QuarkusTest
class ApiDocumentTest {

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(JsonPath doc) {
        List<Map<String, Object>> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Map<String, Object> op = new java.util.HashMap<>((Map<String, Object>) operation);
            op.put("_path", path);
            op.put("_method", method);
            operations.add(op);
        }));
        return operations;
    }

    @Test
    void describesTheApiAndNoPage() {
        JsonPath doc = document();
        Map<String, Object> paths = doc.getMap("paths");

        assertThat(paths).isNotEmpty();
        // /bench/plain is the test classpath's baseline resource for the load benchmark, not part of the application.
        assertThat(paths.keySet()).filteredOn(p -> !p.startsWith("/bench/"))
                .allMatch(p -> p.startsWith("/api/"), "un chemin de l’API");
        assertThat(doc.getList("servers.url")).containsExactly("/");
        assertThat(doc.getList("tags.description")).doesNotContainNull().hasSameSizeAs(doc.getList("tags.name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasANameASecurityRequirementAndItsProblemAnswers() {
        List<Map<String, Object>> operations = operations(document());

        assertThat(operations).allSatisfy(op -> {
            String where = op.get("_method") + " " + op.get("_path");
            assertThat(op.get("operationId")).as(where).isNotNull();
            assertThat(op).as(where).containsKey("security");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            responses.forEach((status, answer) -> {
                if (status.startsWith("4")) {
                    assertThat(answer.get("$ref")).as(where + " " + status).asString().startsWith("#/components/responses/");
                }
            });
            if (!((List<?>) op.get("security")).isEmpty()) {
                assertThat(responses).as(where).containsKeys("401", "403");
            }
            if (((String) op.get("_path")).contains("{")) {
                assertThat(responses).as(where).containsKey("404");
            }
        });
        assertThat(operations.stream().map(op -> op.get("operationId")).distinct().count()).isEqualTo(operations.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenDataIsPublicAndTheSubmissionNeedsASignedInCandidate() {
        JsonPath doc = document();

        assertThat(doc.getList("paths.'/api/public/campaigns/{code}/panorama'.get.security")).isEmpty();
        List<Map<String, List<String>>> submit = doc.getList("paths.'/api/candidatures/{ref}/submit'.post.security");
        assertThat(submit).isNotEmpty();
        assertThat(doc.getString("paths.'/api/candidatures/{ref}/submit'.post.responses.'409'.$ref"))
                .isEqualTo("#/components/responses/Conflict");
        assertThat(doc.getString("components.responses.Conflict.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getList("components.schemas.Problem.required")).contains("status", "detail");
    }

    @Test
    void theEvaluationReportIsDescribedInFrenchWithItsConflictBeforeTheDecisionsAreFinal() {
        JsonPath doc = document();

        String get = "paths.'/api/candidatures/{ref}/evaluation-report'.get";
        assertThat(doc.getString(get + ".summary")).startsWith("Les éléments d’évaluation du dossier");
        assertThat(doc.getString(get + ".responses.'409'.$ref")).isEqualTo("#/components/responses/Conflict");
        assertThat(doc.getString(get + ".responses.'404'.$ref")).isEqualTo("#/components/responses/NotFound");
        assertThat(doc.getString("paths.'/api/candidatures/{ref}/evaluation-report.pdf'.get.responses.'409'.$ref"))
                .isEqualTo("#/components/responses/Conflict");
        assertThat(doc.getString("components.schemas.EvaluationReport.description")).contains("aucune information sur un autre dossier");
        assertThat(doc.getString("components.schemas.EvaluatorScores.properties.evaluator.description")).contains("Évaluateur 1");
        // a read that does not declare a conflict still has none
        assertThat(doc.getMap("paths.'/api/candidatures/{ref}/receipt.pdf'.get.responses")).doesNotContainKey("409");
    }
}
