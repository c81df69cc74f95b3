package fr.amiengine.matching;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fr.amiengine.needs.Need;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Needs;
import fr.amiengine.support.Pages;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A published panorama of four solutions whose sheets differ, and a court's need « Transcrire les audiences »
 * (hosting in France, SecNumCloud): the order of the matches, their explanations, the reasons of those left out,
 * the « intéressé » mark and what the company then sees, and the administrators' coverage. Other tests publish
 * panoramas in the same database: every assertion reads only this test's solutions and needs.
 */
@QuarkusTest
class MatchingApiTest {

    private static final String PRIVATE = "NOTE-PRIVEE-";

    /** The published campaign and its four entries: Greffe and Archiviste are candidate A's, Scribe and Bavard B's. */
    record Published(String code, String greffe, String scribe, String archiviste, String bavard) {
    }

    static Published publishedPanorama() {
        Deliberation d = Deliberation.evaluated(4, null, List.of(
                Deliberation.general("Greffe Vocale", Scenario.FAMILY, 4.5), Deliberation.general("Scribe Réunions", Scenario.FAMILY, 4),
                Deliberation.general("Archiviste Europe", Scenario.FAMILY, 3.5), Deliberation.general("Bavard Assistant", "ASSISTANTS", 3)))
                .decidedAndSent();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        Published p = new Published(d.code, d.ref("Greffe Vocale"), d.ref("Scribe Réunions"), d.ref("Archiviste Europe"),
                d.ref("Bavard Assistant"));
        // the latest publication is what the matching reads: the sheets below are published in the second one
        Needs.reshapeEntry(p.greffe(), e -> {
            e.solution.summary = "Transcription automatique des audiences et des débats judiciaires, relue par le greffe.";
            e.solution.accessibilityLevel = AccessibilityLevel.FULLY_COMPLIANT;
        });
        Needs.reshapeEntry(p.scribe(), e -> e.solution.summary = "Transcriptions de réunions et comptes rendus.");
        Needs.reshapeEntry(p.archiviste(), e -> {
            e.solution.summary = "Transcription d’archives manuscrites.";
            e.solution.hostingLocation = HostingLocation.EUROPEAN_UNION;
            e.solution.securityQualifications = EnumSet.noneOf(SecurityQualification.class);
        });
        Needs.reshapeEntry(p.bavard(), e -> e.solution.summary = "Transcription des audiences et assistant des audiences.");
        as(Tokens.ADMIN_2).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
        return p;
    }

    static String buyer() {
        return Scenario.newVerifiedBuyer("Tribunal judiciaire " + Scenario.uniqueCode("TJ"));
    }

    static long organisationOf(String user) {
        return ((Number) as(user).get("/api/me/organisation").then().statusCode(200).extract().path("id")).longValue();
    }

    static void courtNeed(Need n) {
        n.hostingRequired = HostingLocation.FRANCE;
        n.securityRequired = EnumSet.of(SecurityQualification.SECNUMCLOUD);
        n.deploymentModesAccepted = EnumSet.of(DeploymentMode.SAAS, DeploymentMode.PRIVATE_CLOUD);
        n.identityFederationRequired = "ProConnect";
        n.usersCount = 1200;
        n.budgetMaxEuros = 80_000L;
    }

    @Test
    void matchesAreRankedExplainedAndTheFilteredOutSayWhy() {
        Published p = publishedPanorama();
        String buyer = buyer();
        String marker = PRIVATE + Scenario.uniqueCode("M");
        String need = Needs.declare(organisationOf(buyer), buyer, n -> {
            courtNeed(n);
            n.privateNotes = marker;
        });
        // a deployment feedback, public on the panorama, is part of the explanation
        as(buyer).body(Map.of("deployedOn", "2026-01-05", "context", "Deux chambres correctionnelles", "outcome", "IN_USE"))
                .post("/api/campaigns/" + p.code() + "/panorama/" + p.greffe() + "/feedbacks").then().statusCode(201);
        // held until an administrator approves it (Process_FeedbackModeration); then public, and part of the match
        List<Integer> pending = as(Tokens.ADMIN).get("/api/feedbacks?state=PENDING").then().statusCode(200)
                .extract().path("findAll { it.campaignCode == '" + p.code() + "' }.id");
        assertThat(pending).hasSize(1);
        as(Tokens.ADMIN).post("/api/feedbacks/" + pending.get(0) + "/approval").then().statusCode(200);

        Map<String, Object> view = as(buyer).get("/api/me/needs/" + need + "/matches").then().statusCode(200).extract().path("$");
        List<Map<String, Object>> matches = ofThisTest(view.get("matches"), p);
        assertThat(matches).extracting(m -> m.get("reference")).as("la famille d’abord, puis la pertinence")
                .containsExactly(p.greffe(), p.scribe(), p.bavard());
        Map<String, Object> greffe = matches.get(0);
        assertThat((List<String>) greffe.get("matchedWords")).as("les mots du besoin, tels qu’il les écrit")
                .contains("Transcrire", "audiences").doesNotContain("transcrir");
        assertThat((List<String>) greffe.get("constraintsMet")).contains(
                "Hébergement exigé en France\u00a0: la solution est hébergée en France",
                "Qualification exigée\u00a0: Qualification SecNumCloud\u00a0: détenue par la solution",
                "Fédération d’identité exigée\u00a0: ProConnect\u00a0: la solution déclare «\u00a0ProConnect\u00a0»");
        assertThat(greffe.get("sameFamily")).isEqualTo(true);
        assertThat((String) greffe.get("familyMatch")).startsWith("De la famille du besoin");
        assertThat((List<Map<String, Object>>) greffe.get("feedbacks")).extracting(f -> f.get("context"))
                .containsExactly("Deux chambres correctionnelles");
        assertThat((Double) ((Number) greffe.get("relevance")).doubleValue())
                .isGreaterThan(((Number) matches.get(1).get("relevance")).doubleValue());
        assertThat(matches.get(2).get("sameFamily")).isEqualTo(false);

        List<Map<String, Object>> excluded = ofThisTest(view.get("excluded"), p);
        assertThat(excluded).extracting(e -> e.get("reference")).containsExactly(p.archiviste());
        assertThat((List<String>) excluded.get(0).get("missed")).containsExactly(
                "Hébergement exigé en France\u00a0; la solution est hébergée dans l’Union européenne",
                "Qualification exigée\u00a0: Qualification SecNumCloud\u00a0; la solution n’en a déclaré aucune (non déclaré)");
        assertThat(view.toString()).doesNotContain(marker);

        String page = Pages.html(buyer, "/besoins/" + need + "/solutions");
        assertThat(page).contains("Greffe Vocale", "Archiviste Europe", "<mark>Transcrire</mark>",
                "la solution est hébergée dans l’Union européenne", "Deux chambres correctionnelles").doesNotContain(marker);
        assertThat(page.indexOf("Greffe Vocale")).isLessThan(page.indexOf("Scribe Réunions"));

        // another administration's need is answered as an unknown one; a closed need stays readable
        as(buyer()).get("/api/me/needs/" + need + "/matches").then().statusCode(404)
                .body("detail", containsString("Aucun besoin"));
        as(buyer).get("/api/me/needs/BES-INCONNU/matches").then().statusCode(404);
        Needs.close(need);
        as(buyer).get("/api/me/needs/" + need + "/matches").then().statusCode(200);
        as(buyer).body(Map.of("entry", p.greffe())).post("/api/me/needs/" + need + "/interests").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("clos"));
    }

    @Test
    void theCompanySeesTheNeedMarkedOnItsSolutionNeverThePrivateNotes() {
        Published p = publishedPanorama();
        String buyer = buyer();
        String marker = PRIVATE + Scenario.uniqueCode("M");
        String need = Needs.declare(organisationOf(buyer), buyer, n -> {
            courtNeed(n);
            n.privateNotes = marker;
        });
        String interests = "/api/me/needs/" + need + "/interests";
        as(buyer).body(Map.of("entry", p.greffe())).post(interests).then().statusCode(201).body("interested", org.hamcrest.Matchers.equalTo(true));
        as(buyer).body(Map.of("entry", p.greffe())).post(interests).then().statusCode(200);
        as(buyer).body(Map.of("entry", "AMI-INCONNUE-0001")).post(interests).then().statusCode(404)
                .contentType("application/problem+json");
        as(buyer).body(Map.of("entry", " ")).post(interests).then().statusCode(422);
        as(buyer).contentType("application/json").post(interests).then().statusCode(422);
        as(buyer()).body(Map.of("entry", p.greffe())).post(interests).then().statusCode(404);

        List<Map<String, Object>> marked = ofThisTest(as(buyer).get("/api/me/needs/" + need + "/matches").then().statusCode(200)
                .extract().path("matches"), p);
        assertThat(marked).filteredOn(m -> Boolean.TRUE.equals(m.get("interested"))).extracting(m -> m.get("reference"))
                .containsExactly(p.greffe());

        // Greffe Vocale is candidate A's: its members see the need, the administration and its contact route
        String body = as(Tokens.CANDIDATE_A).get("/api/me/interests").then().statusCode(200).extract().asString();
        List<Map<String, Object>> seen = as(Tokens.CANDIDATE_A).get("/api/me/interests").then().extract().path("findAll { it.reference == '" + need + "' }");
        assertThat(seen).singleElement().satisfies(n -> {
            assertThat(n.get("title")).isEqualTo("Transcrire les audiences");
            assertThat(n.get("solutionReference")).isEqualTo(p.greffe());
            assertThat((String) ((Map<String, Object>) n.get("contact")).get("administration")).startsWith("Tribunal judiciaire");
            assertThat((List<String>) n.get("constraints")).contains("Hébergement exigé en France");
            assertThat(n.get("budget")).isEqualTo("jusqu’à 80\u202f000\u00a0€");
        });
        assertThat(body).doesNotContain(marker).doesNotContain(buyer);
        String page = Pages.html(Tokens.CANDIDATE_A, "/organisation/besoins");
        assertThat(page).contains(need, "Transcrire les audiences", "Greffe Vocale").doesNotContain(marker).doesNotContain(buyer);
        assertThat(Pages.html(Tokens.CANDIDATE_A, "/organisation")).contains("/organisation/besoins");
        // candidate B holds none of the marked solutions
        assertThat(as(Tokens.CANDIDATE_B).get("/api/me/interests").then().statusCode(200).extract().asString()).doesNotContain(need);
        assertThat(Pages.html(Tokens.CANDIDATE_B, "/organisation/besoins")).doesNotContain(need);

        // the button of the page marks and unmarks too
        Pages.as(buyer).formParam("entry", p.scribe()).formParam("action", "marquer").post("/besoins/" + need + "/solutions/interet")
                .then().statusCode(303);
        assertThat(as(Tokens.CANDIDATE_B).get("/api/me/interests").then().extract().asString()).contains(need);
        Pages.as(buyer).formParam("entry", p.scribe()).formParam("action", "retirer").post("/besoins/" + need + "/solutions/interet")
                .then().statusCode(303);
        assertThat(as(Tokens.CANDIDATE_B).get("/api/me/interests").then().extract().asString()).doesNotContain(need);

        as(buyer).delete(interests + "/" + p.greffe()).then().statusCode(204);
        as(buyer).delete(interests + "/" + p.greffe()).then().statusCode(204);
        assertThat(as(Tokens.CANDIDATE_A).get("/api/me/interests").then().extract().asString()).doesNotContain(need);
    }

    @Test
    void theCoverageShowsTheNeedsEachSolutionServesAndThoseNoLaureateServes() {
        Published p = publishedPanorama();
        String buyer = buyer();
        long organisation = organisationOf(buyer);
        String served = Needs.declare(organisation, buyer, MatchingApiTest::courtNeed);
        String unserved = Needs.declare(organisation, buyer, n -> {
            n.title = "Besoin sans lauréat";
            n.identityFederationRequired = "Fédération " + Scenario.uniqueCode("INTROUVABLE");
        });
        String closed = Needs.declare(organisation, buyer, n -> n.title = "Besoin clos");
        Needs.close(closed);
        as(buyer).body(Map.of("entry", p.scribe())).post("/api/me/needs/" + served + "/interests").then().statusCode(201);

        Map<String, Object> coverage = as(Tokens.ADMIN).get("/api/needs/coverage").then().statusCode(200).extract().path("$");
        List<Map<String, Object>> solutions = ofThisTest(coverage.get("solutions"), p);
        assertThat(servesOf(solutions, p.greffe())).contains(served).doesNotContain(unserved, closed);
        assertThat(servesOf(solutions, p.archiviste())).doesNotContain(served);
        assertThat(servesOf(solutions, p.bavard())).as("d’une autre famille").doesNotContain(served);
        Map<String, Object> scribe = solutions.stream().filter(s -> p.scribe().equals(s.get("reference"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) scribe.get("interested")).extracting(n -> n.get("reference")).contains(served);
        List<String> unservedRefs = ((List<Map<String, Object>>) coverage.get("unserved")).stream().map(n -> (String) n.get("reference")).toList();
        assertThat(unservedRefs).contains(unserved).doesNotContain(served, closed);
        assertThat((List<Map<String, Object>>) coverage.get("families")).anySatisfy(f -> {
            assertThat(((Map<String, Object>) f.get("family")).get("code")).isEqualTo(Scenario.FAMILY);
            assertThat((List<String>) f.get("solutions")).contains("Greffe Vocale");
        });
        assertThat(Pages.html(Tokens.ADMIN, "/admin/besoins/couverture")).contains("Besoin sans lauréat", "l’entrée du prochain appel");
    }

    private static List<String> servesOf(List<Map<String, Object>> solutions, String reference) {
        return solutions.stream().filter(s -> reference.equals(s.get("reference"))).findFirst().map(s -> ((List<Map<String, Object>>) s.get("serves"))
                .stream().map(n -> (String) n.get("reference")).toList()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ofThisTest(Object list, Published p) {
        List<String> mine = List.of(p.greffe(), p.scribe(), p.archiviste(), p.bavard());
        return ((List<Map<String, Object>>) list).stream().filter(m -> mine.contains(m.get("reference"))).toList();
    }
}
