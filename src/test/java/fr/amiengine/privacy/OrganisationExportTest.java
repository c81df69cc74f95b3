package fr.amiengine.privacy;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.support.KeycloakAdmin;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessVariables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * An organisation's members download everything held about it, as a ZIP; nothing of another organisation is in it;
 * an account without organisation, an evaluator and an anonymous caller get none; an administrator gets any.
 */
@QuarkusTest
class OrganisationExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void membersExportTheirOrganisationWithItsFilesPdfsAndLettersAndNothingElse() throws IOException {
        // given an organisation with a submitted file, its PDF and its receipt, and another organisation's file
        String campaign = Scenario.openCampaign();
        String member = Scenario.candidateOfNewOrganisation("Export Données (tests)", "COMPANY");
        String siren = as(member).get("/api/me/organisation").then().statusCode(200).extract().path("siren");
        Number organisationId = as(member).get("/api/me/organisation").then().extract().path("id");
        String mine = Scenario.draft(member, campaign, Scenario.completeForm());
        Scenario.attachPdf(member, mine);
        as(member).post("/api/candidatures/" + mine + "/submit").then().statusCode(200);
        Scenario.processes().run(ProcessVariables.receiptKey(mine), "Task_SendSubmissionReceipt");
        String theirs = Scenario.submitted(campaign);

        // when a member exports it
        Response response = as(member).get("/api/me/organisation/export");

        // then the ZIP has the organisation, its members, the file with all its fields, its PDF and its receipt
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"donnees-organisation-" + siren + ".zip\"")
                .header("Cache-Control", "no-store");
        Map<String, byte[]> zip = unzip(response.asByteArray());
        String folder = "candidatures/" + mine + "/";
        assertThat(zip.keySet()).contains("lisezmoi.txt", "organisation.json", "membres.json", folder + "candidature.json");
        assertThat(zip.keySet()).filteredOn(name -> name.startsWith(folder + "pieces-jointes/")).singleElement()
                .satisfies(name -> assertThat(name).endsWith("-presentation.pdf"));
        assertThat(zip.keySet()).filteredOn(name -> name.startsWith(folder + "courriers/")).singleElement()
                .satisfies(name -> assertThat(name).contains("accuse-de-reception").endsWith(".pdf"));
        zip.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf"))
                .forEach(e -> assertThat(new String(e.getValue(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-"));
        assertThat(zip).hasSize(6);

        JsonNode organisation = JSON.readTree(zip.get("organisation.json"));
        assertThat(organisation.get("siren").asText()).isEqualTo(siren);
        assertThat(organisation.get("legalName").asText()).isEqualTo("Export Données (tests)");
        JsonNode members = JSON.readTree(zip.get("membres.json"));
        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("username").asText()).isEqualTo(member);
        JsonNode file = JSON.readTree(zip.get(folder + "candidature.json"));
        assertThat(file.get("reference").asText()).isEqualTo(mine);
        assertThat(file.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(file.at("/contact/email").asText()).isEqualTo("camille.martin@alpha-ia.example");
        assertThat(file.at("/integration/apis").asText()).isEqualTo("API REST documentée (OpenAPI 3)");
        assertThat(file.get("history").size()).isPositive();

        // nothing of the other organisation: not its file, not its SIREN, not its name
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            assertThat(entry.getKey()).doesNotContain(theirs);
            if (!entry.getKey().endsWith(".pdf")) {
                assertThat(new String(entry.getValue(), StandardCharsets.UTF_8)).as(entry.getKey())
                        .doesNotContain(theirs).doesNotContain(Scenario.SIREN_A).doesNotContain("Alpha IA");
            }
        }

        // an administrator exports the same organisation, from the API and from the administrations' page
        Map<String, byte[]> byAdmin = unzip(as(Tokens.ADMIN).get("/api/organisations/" + organisationId + "/export").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray());
        assertThat(byAdmin.keySet()).isEqualTo(zip.keySet());
        as(Tokens.ADMIN).get("/admin/organisations/" + organisationId + "/export").then().statusCode(200)
                .contentType("application/zip");
        // and the member from the organisation page
        assertThat(unzip(as(member).get("/organisation/export").then().statusCode(200).extract().asByteArray()).keySet())
                .isEqualTo(zip.keySet());
        as(member).get("/organisation").then().statusCode(200).body(containsString("href=\"/organisation/export\""));
    }

    @Test
    void accountsWithoutOrganisationOthersAndAnonymousGetNoExport() {
        String lone = Scenario.uniqueCode("sansorg").toLowerCase();
        KeycloakAdmin.createAccount(lone, lone + "@organisation.example", true);
        as(lone).get("/api/me/organisation/export").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("aucune organisation"));
        as(Tokens.EVALUATOR).get("/api/me/organisation/export").then().statusCode(403);
        as(Tokens.CANDIDATE_A).get("/api/organisations/1/export").then().statusCode(403);
        given().get("/api/me/organisation/export").then().statusCode(401);
        as(Tokens.ADMIN).get("/api/organisations/999999999/export").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Aucune organisation"));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
