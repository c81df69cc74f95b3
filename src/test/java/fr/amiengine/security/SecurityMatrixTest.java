package fr.amiengine.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Api;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.SecurityHeaders;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint and every page, for each role — nobody, a candidate of organisation A (the owner of the
 * files), a candidate of organisation B, an evaluator, an administrator — against the expected status, with
 * tokens from the real Keycloak. The owner acts last, so that the refusals before it find the file unchanged.
 * Another organisation, and an evaluator the file was not given to, get the 404 of an unknown reference on every
 * per-reference endpoint and page (403 would tell that the reference exists); a 403 stays where the role alone
 * refuses, and for an administrator, who reads every file, trying to change one.
 * A protected page answers an anonymous browser with a redirect to Keycloak's login (302).
 */
@QuarkusTest
class SecurityMatrixTest {

    enum Who {
        NOBODY(null), OTHER_ORGANISATION(Tokens.CANDIDATE_B), EVALUATOR(Tokens.EVALUATOR), ADMIN(Tokens.ADMIN),
        OWNER(Tokens.CANDIDATE_A);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** What one row of the matrix needs: the files it acts on, created fresh for the row. */
    record Fixture(String openCampaign, String draftCampaign, String draft, String completeDraft, String submitted,
                   long attachment) {
    }

    record Row(String method, String path, String body, Map<Who, Integer> expected) {
    }

    private final List<String> mismatches = new ArrayList<>();

    @Test
    void everyEndpointAndPageAnswersEachRoleAsExpected() {
        String open = Scenario.openCampaign();
        Scenario.organisations();
        for (Function<Fixture, Row> row : rows()) {
            Fixture fixture = fixture(open);
            Row r = row.apply(fixture);
            for (Who who : Who.values()) {
                Response response = request(who, r).request(r.method(), r.path());
                int status = response.statusCode();
                int expected = r.expected().get(who);
                if (status != expected) {
                    mismatches.add(String.format("%-6s %-60s %-18s attendu %d, reçu %d", r.method(), r.path(), who, expected, status));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(String.format("%-6s %-60s %-18s %s",
                        r.method(), r.path(), who, m)));
            }
        }
        assertThat(mismatches).as("écarts à la matrice de sécurité").isEmpty();
    }

    private RequestSpecification request(Who who, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (who.user != null) {
            spec.auth().oauth2(Tokens.of(who.user));
        }
        if ("multipart".equals(row.body())) {
            return spec.multiPart("file", "dossier.pdf", Pdfs.valid(1), "application/pdf");
        }
        if (row.body() != null && row.body().startsWith("form:")) {
            spec.contentType("application/x-www-form-urlencoded");
            for (String pair : row.body().substring(5).split("&")) {
                String[] kv = pair.split("=", 2);
                spec.formParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
            return spec;
        }
        if (row.body() != null) {
            spec.contentType("application/json").body(row.body());
        }
        return spec;
    }

    private Fixture fixture(String open) {
        String draftCampaign = Scenario.draftCampaign();
        String draft = Scenario.draft(Tokens.CANDIDATE_A, open, Scenario.completeForm());
        Number attachment = Api.upload(Tokens.CANDIDATE_A).multiPart("file", "a.pdf", Pdfs.valid(1), "application/pdf")
                .post("/api/candidatures/" + draft + "/attachments").then().statusCode(201).extract().path("id");
        String completeDraft = Scenario.draft(Tokens.CANDIDATE_A, open, Scenario.completeForm());
        Scenario.attachPdf(Tokens.CANDIDATE_A, completeDraft);
        String submitted = Scenario.submitted(open);
        return new Fixture(open, draftCampaign, draft, completeDraft, submitted, attachment.longValue());
    }

    private static Map<Who, Integer> expect(int nobody, int other, int evaluator, int admin, int owner) {
        Map<Who, Integer> map = new LinkedHashMap<>();
        map.put(Who.NOBODY, nobody);
        map.put(Who.OTHER_ORGANISATION, other);
        map.put(Who.EVALUATOR, evaluator);
        map.put(Who.ADMIN, admin);
        map.put(Who.OWNER, owner);
        return map;
    }

    private static List<Function<Fixture, Row>> rows() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String campaignJson = "{\"code\":\"%s\",\"title\":\"Matrice\",\"openingAt\":\"" + now.plus(Duration.ofDays(5))
                + "\",\"closingAt\":\"" + now.plus(Duration.ofDays(9)) + "\",\"tracks\":[{\"code\":\"T\",\"label\":\"Volet\","
                + "\"seats\":1}],\"families\":[{\"code\":\"F\",\"label\":\"Famille\"}]}";
        String campaignForm = "form:title=Matrice&contact.service=Service&contact.email=service@matrice.example&openingAt=" + now.plus(Duration.ofDays(5)).toString().substring(0, 16)
                + "&closingAt=" + now.plus(Duration.ofDays(9)).toString().substring(0, 16)
                + "&evaluatorsPerFile=2&criteria[0].key=IMPACT&criteria[0].weight=25&criteria[0].scaleMin=0&criteria[0].scaleMax=5"
                + "&criteria[0].scaleStep=0,5&criteria[1].key=MATURITY&criteria[1].weight=25&criteria[1].scaleMin=0"
                + "&criteria[1].scaleMax=5&criteria[1].scaleStep=0,5&criteria[2].key=INTEGRABILITY&criteria[2].weight=25"
                + "&criteria[2].scaleMin=0&criteria[2].scaleMax=5&criteria[2].scaleStep=0,5&criteria[3].key=COMPLIANCE"
                + "&criteria[3].weight=25&criteria[3].scaleMin=0&criteria[3].scaleMax=5&criteria[3].scaleStep=0,5"
                + "&tracks[0].code=T&tracks[0].label=Volet&tracks[0].seats=1&families[0].code=F&families[0].label=Famille";
        return List.of(
                // ----- REST API
                f -> new Row("GET", "/api/campaigns", null, expect(200, 200, 200, 200, 200)),
                f -> new Row("POST", "/api/campaigns", campaignJson.formatted(Scenario.uniqueCode("MATRICE")),
                        expect(401, 403, 403, 201, 403)),
                f -> new Row("GET", "/api/campaigns/" + f.openCampaign(), null, expect(200, 200, 200, 200, 200)),
                f -> new Row("GET", "/api/campaigns/" + f.draftCampaign(), null, expect(404, 404, 404, 200, 404)),
                f -> new Row("PUT", "/api/campaigns/" + f.draftCampaign(), campaignJson.formatted(f.draftCampaign()),
                        expect(401, 403, 403, 200, 403)),
                f -> new Row("POST", "/api/campaigns/" + f.openCampaign() + "/candidatures", "{}", expect(401, 201, 403, 403, 201)),
                f -> new Row("GET", "/api/campaigns/" + f.openCampaign() + "/candidatures", null, expect(401, 403, 403, 200, 403)),
                f -> new Row("POST", "/api/campaigns/" + f.openCampaign() + "/evaluation/start", null,
                        expect(401, 403, 403, 409, 403)),
                f -> new Row("GET", "/api/me/candidatures", null, expect(401, 200, 403, 403, 200)),
                f -> new Row("GET", "/api/me/organisation", null, expect(401, 200, 403, 403, 200)),
                // each member exports their own organisation (OrganisationExportTest checks what is in it)
                f -> new Row("GET", "/api/me/organisation/export", null, expect(401, 200, 403, 403, 200)),
                f -> new Row("POST", "/api/me/organisation", "{\"siren\":\"443061841\",\"legalName\":\"X\",\"kind\":\"COMPANY\"}",
                        expect(401, 409, 403, 403, 409)),
                // a refused change (bad SIREN), so that the row changes no organisation
                f -> new Row("PUT", "/api/me/organisation", "{\"siren\":\"123\",\"legalName\":\"X\"}",
                        expect(401, 422, 403, 403, 422)),
                f -> new Row("GET", "/api/candidatures/" + f.draft(), null, expect(401, 404, 404, 200, 200)),
                f -> new Row("PUT", "/api/candidatures/" + f.draft(), "{\"solutionName\":\"X\"}", expect(401, 404, 403, 403, 200)),
                f -> new Row("POST", "/api/candidatures/" + f.draft() + "/attachments", "multipart", expect(401, 404, 403, 403, 201)),
                f -> new Row("GET", "/api/candidatures/" + f.draft() + "/attachments/" + f.attachment(), null,
                        expect(401, 404, 404, 200, 200)),
                f -> new Row("DELETE", "/api/candidatures/" + f.draft() + "/attachments/" + f.attachment(), null,
                        expect(401, 404, 403, 403, 204)),
                f -> new Row("POST", "/api/candidatures/" + f.completeDraft() + "/submit", null, expect(401, 404, 403, 403, 200)),
                f -> new Row("POST", "/api/candidatures/" + f.submitted() + "/admissibility", "{\"outcome\":\"ADMISSIBLE\"}",
                        expect(401, 403, 403, 200, 403)),
                f -> new Row("POST", "/api/candidatures/" + f.submitted() + "/withdraw", "{}", expect(401, 404, 403, 403, 200)),
                // the evaluation's communication before any decision: 409 to its readers (SelectionSecurityMatrixTest after it)
                f -> new Row("GET", "/api/candidatures/" + f.submitted() + "/evaluation-report", null, expect(401, 404, 404, 409, 409)),
                // ----- Pages
                f -> new Row("GET", "/candidatures/" + f.submitted() + "/evaluation", null, expect(302, 404, 404, 200, 200)),
                f -> new Row("GET", "/", null, expect(200, 200, 200, 200, 200)),
                f -> new Row("GET", "/campagnes/" + f.openCampaign(), null, expect(200, 200, 200, 200, 200)),
                f -> new Row("GET", "/campagnes/" + f.draftCampaign(), null, expect(404, 404, 404, 200, 404)),
                f -> new Row("GET", "/connexion", null, expect(302, 303, 303, 303, 303)),
                f -> new Row("GET", "/deconnexion", null, expect(405, 405, 405, 405, 405)),
                f -> new Row("POST", "/deconnexion", "form:", expect(303, 303, 303, 303, 303)),
                f -> new Row("GET", "/espace", null, expect(302, 200, 200, 200, 200)),
                f -> new Row("GET", "/organisation", null, expect(302, 200, 403, 403, 200)),
                f -> new Row("GET", "/organisation/export", null, expect(302, 200, 403, 403, 200)),
                f -> new Row("POST", "/organisation", "form:siren=443061841&legalName=X&kind=COMPANY",
                        expect(302, 422, 403, 403, 422)),
                f -> new Row("POST", "/organisation/modifier", "form:siren=123&legalName=X", expect(302, 422, 403, 403, 422)),
                f -> new Row("GET", "/connexion?retour=%2F%2Fpirate.example", null, expect(302, 303, 303, 303, 303)),
                f -> new Row("POST", "/candidatures/nouvelle", "form:campaign=" + f.openCampaign(), expect(302, 303, 403, 403, 303)),
                f -> new Row("GET", "/candidatures/" + f.draft(), null, expect(302, 404, 404, 200, 200)),
                f -> new Row("GET", "/candidatures/" + f.draft() + "/modifier/solution", null, expect(302, 404, 403, 403, 200)),
                f -> new Row("POST", "/candidatures/" + f.draft() + "/modifier/solution", "form:solutionName=X",
                        expect(302, 404, 403, 403, 303)),
                f -> new Row("POST", "/candidatures/" + f.draft() + "/pieces", "multipart", expect(302, 404, 403, 403, 303)),
                f -> new Row("GET", "/candidatures/" + f.draft() + "/pieces/" + f.attachment(), null, expect(302, 404, 404, 200, 200)),
                f -> new Row("POST", "/candidatures/" + f.draft() + "/pieces/" + f.attachment() + "/supprimer", "form:",
                        expect(302, 404, 403, 403, 303)),
                f -> new Row("GET", "/candidatures/" + f.draft() + "/recapitulatif", null, expect(302, 404, 403, 403, 200)),
                f -> new Row("POST", "/candidatures/" + f.completeDraft() + "/soumettre", "form:", expect(302, 404, 403, 403, 303)),
                f -> new Row("GET", "/candidatures/" + f.submitted() + "/confirmation", null, expect(302, 404, 404, 200, 200)),
                f -> new Row("GET", "/candidatures/" + f.submitted() + "/retrait", null, expect(302, 404, 403, 403, 200)),
                f -> new Row("POST", "/candidatures/" + f.submitted() + "/retrait", "form:reason=", expect(302, 404, 403, 403, 303)),
                f -> new Row("GET", "/admin/campagnes", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("GET", "/admin/campagnes/nouvelle", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/campagnes/nouvelle", campaignForm + "&code=" + Scenario.uniqueCode("MATRICE-PAGE"),
                        expect(302, 403, 403, 303, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.draftCampaign() + "/modifier", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/campagnes/" + f.draftCampaign() + "/modifier", campaignForm,
                        expect(302, 403, 403, 303, 403)),
                f -> new Row("GET", "/admin/campagnes/" + f.openCampaign() + "/candidatures", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/campagnes/" + f.openCampaign() + "/evaluation", "form:", expect(302, 403, 403, 409, 403)),
                f -> new Row("GET", "/admin/candidatures/" + f.submitted(), null, expect(302, 403, 403, 200, 403)),
                f -> new Row("GET", "/admin", null, expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/candidatures/" + f.submitted() + "/recevabilite", "form:outcome=ADMISSIBLE",
                        expect(302, 403, 403, 200, 403)),
                f -> new Row("POST", "/admin/candidatures/" + f.submitted() + "/recevabilite", "form:outcome=ADMISSIBLE&etape=confirmer",
                        expect(302, 403, 403, 303, 403)));
    }
}
