package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static fr.amiengine.support.RoleMatrix.expect;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Api;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.RoleMatrix;
import fr.amiengine.support.RoleMatrix.Row;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the publication, for each kind of caller, on a published campaign: the public ones answer
 * everybody, the administrators' ones only administrators, deployment feedback only a member of an administration
 * (none of these callers is), verifying an administration only administrators. The row that publishes again comes
 * last.
 */
@QuarkusTest
class PublicationSecurityMatrixTest {

    @Test
    void everyPublicationEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(1, null,
                List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).decidedAndSent();
        String code = d.code;
        String file = d.ref("Solution");
        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).post("/api/campaigns/" + code + "/publish").then().statusCode(200);
        Integer administration = newAdministration();
        Integer another = newAdministration();
        String draft = Scenario.draftCampaign();
        String feedback = "{\"deployedOn\":\"2026-01-05\",\"context\":\"Un service\",\"outcome\":\"IN_USE\"}";
        List<Row> rows = List.of(
                new Row("GET", "/api/public/campaigns/" + code + "/panorama", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/api/public/campaigns/" + code + "/panorama.csv", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/schemas/panorama.schema.json", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/schemas/panorama.tableschema.json", null, expect(200, 200, 200, 200, 200)),
                // the rules of the selection: public from the opening (CRPA L312-1-3), for everybody; a draft's are nobody's
                new Row("GET", "/api/public/campaigns/" + code + "/rules", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/api/public/campaigns/" + code + "/rules?version=1", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/schemas/rules.schema.json", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/campagnes/" + code + "/regles", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/api/public/campaigns/" + draft + "/rules", null, expect(404, 404, 404, 404, 404)),
                new Row("GET", "/campagnes/" + draft + "/regles", null, expect(404, 404, 404, 404, 404)),
                new Row("GET", "/panorama", null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code, null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code + "/solutions/" + file, null, expect(200, 200, 200, 200, 200)),
                new Row("GET", "/panorama/" + code + "/solutions/" + file + "/retour", null, expect(302, 403, 403, 403, 403)),
                new Row("POST", "/api/campaigns/" + code + "/panorama/" + file + "/feedbacks", feedback,
                        expect(401, 403, 403, 403, 403)),
                new Row("GET", "/api/campaigns/" + code + "/publication", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/publication/preview", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/panorama", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/panorama/" + file, null, expect(401, 403, 403, 403, 200)),
                new Row("PUT", "/api/campaigns/" + code + "/panorama/" + file, "{\"version\":\"2\",\"note\":\"Nouvelle version\"}",
                        expect(401, 403, 403, 403, 200)),
                new Row("GET", "/admin/campagnes/" + code + "/publication", null, expect(302, 403, 403, 403, 200)),
                new Row("GET", "/admin/organisations", null, expect(302, 403, 403, 403, 200)),
                new Row("POST", "/admin/organisations/" + administration + "/verification", null, expect(302, 403, 403, 403, 303)),
                new Row("POST", "/api/organisations/" + another + "/verification", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/organisations/administrations", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/organisations/" + another + "/export", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/admin/organisations/" + another + "/export", null, expect(302, 403, 403, 403, 200)),
                new Row("GET", "/admin/campagnes/" + code + "/panorama/" + file, null, expect(302, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/publish", null, expect(401, 403, 403, 403, 200)));
        assertThat(RoleMatrix.mismatches(rows)).as("écarts à la matrice de sécurité de la publication").isEmpty();
    }

    /** An organisation declared as an administration by a new account, not verified. */
    private static Integer newAdministration() {
        return Api.as(Scenario.candidateOfNewOrganisation("Administration " + Scenario.uniqueCode("A"), "ADMINISTRATION"))
                .get("/api/me/organisation").then().statusCode(200).extract().path("id");
    }
}
