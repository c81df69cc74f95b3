package fr.amiengine.support;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.demo.Sirens;
import fr.amiengine.workflow.ProcessDriver;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the situations the tests start from, through the public API as real users would, so that each
 * test reads as "given this campaign and this file, when ..., then ...". Codes are unique per call: the
 * tests share one database.
 */
public final class Scenario {

    public static final String SIREN_A = "123456782";
    public static final String SIREN_B = "876543216";
    public static final String TRACK = "GENERAL";
    public static final String TRACK_WITH_BUDGET = "FINANCE";
    public static final String FAMILY = "DOCUMENTS";
    /** The administration running every test campaign, which candidates write to. */
    public static final String CONTACT_SERVICE = "Direction des appels (tests)";
    public static final String CONTACT_EMAIL = "appels@administration-tests.example";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private Scenario() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> campaign(String code, Instant openingAt, Instant closingAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Campagne de test " + code);
        body.put("description", "Solutions d’intelligence artificielle pour le public");
        body.put("contact", Map.of("service", CONTACT_SERVICE, "email", CONTACT_EMAIL));
        body.put("openingAt", openingAt.toString());
        body.put("closingAt", closingAt.toString());
        body.put("tracks", List.of(
                Map.of("code", TRACK, "label", "Volet général", "seats", 10),
                Map.of("code", TRACK_WITH_BUDGET, "label", "Accompagnement financé", "seats", 2, "budgetEuros", 500_000)));
        body.put("families", List.of(
                Map.of("code", FAMILY, "label", "Traitement automatique de documents"),
                Map.of("code", "ASSISTANTS", "label", "Assistants conversationnels")));
        return body;
    }

    /** A draft campaign that opens in a week and closes in a month. */
    public static String draftCampaign() {
        String code = uniqueCode("BROUILLON");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(Tokens.ADMIN).body(campaign(code, now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(30))))
                .post("/api/campaigns").then().statusCode(201);
        return code;
    }

    /** A campaign whose opening timer has fired: it accepts submissions for thirty days. */
    public static String openCampaign() {
        String code = uniqueCode("OUVERTE");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(Tokens.ADMIN).body(campaign(code, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))))
                .post("/api/campaigns").then().statusCode(201);
        assertThat(processes().openCampaign(code)).isTrue();
        return code;
    }

    /**
     * The door the demo's seeder and these scenarios share to move processes on in place of the job executor (dates
     * and asynchronous steps), in the application the test runs.
     */
    public static ProcessDriver processes() {
        return Arc.container().instance(ProcessDriver.class).get();
    }

    /** Candidates A and B act for two different organisations. */
    public static void organisations() {
        declare(Tokens.CANDIDATE_A, SIREN_A, "Alpha IA (tests)");
        declare(Tokens.CANDIDATE_B, SIREN_B, "Beta Data (tests)");
    }

    private static void declare(String user, String siren, String name) {
        int status = as(user).get("/api/me/organisation").statusCode();
        if (status == 404) {
            as(user).body(Map.of("siren", siren, "legalName", name, "kind", "COMPANY"))
                    .post("/api/me/organisation").then().statusCode(201);
        }
    }

    /** A valid SIREN no other test uses (checksum right, random body). */
    public static String freshSiren() {
        return Sirens.withKey(String.valueOf(20_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(70_000_000)));
    }

    /**
     * A new candidate account (verified address, created in Keycloak by the test) acting for a new organisation.
     *
     * @return the account's username, usable with {@link Api#as}
     */
    public static String candidateOfNewOrganisation(String legalName, String kind) {
        String username = uniqueCode("cand").toLowerCase();
        KeycloakAdmin.createAccount(username, username + "@organisation.example", true);
        as(username).body(Map.of("siren", freshSiren(), "legalName", legalName, "kind", kind))
                .post("/api/me/organisation").then().statusCode(201);
        return username;
    }

    /**
     * The buyer's administration (« Direction des achats (tests) »), declared if needed and verified by an
     * administrator, so that the buyer may give deployment feedback.
     */
    public static void verifiedBuyerAdministration() {
        if (as(Tokens.BUYER).get("/api/me/organisation").statusCode() == 404) {
            as(Tokens.BUYER).body(Map.of("siren", "130025265", "legalName", "Direction des achats (tests)", "kind", "ADMINISTRATION"))
                    .post("/api/me/organisation").then().statusCode(201);
        }
        Map<String, Object> organisation = as(Tokens.BUYER).get("/api/me/organisation").then().statusCode(200).extract().path("$");
        if (!Boolean.TRUE.equals(organisation.get("verified"))) {
            as(Tokens.ADMIN).post("/api/organisations/" + organisation.get("id") + "/verification").then().statusCode(200);
        }
    }

    /**
     * A new buyer: an account of its own acting for a new administration that an administrator verified, so that a
     * test leaves the realm's buyer (whose organisation other tests expect undeclared) as it was.
     *
     * @return the account's username
     */
    public static String newVerifiedBuyer(String administration) {
        String username = candidateOfNewOrganisation(administration, "ADMINISTRATION");
        Number id = as(username).get("/api/me/organisation").then().statusCode(200).extract().path("id");
        as(Tokens.ADMIN).post("/api/organisations/" + id + "/verification").then().statusCode(200);
        return username;
    }

    /** Every field a submission needs, on the general track. */
    public static Map<String, Object> completeForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("trackCode", TRACK);
        form.put("familyCode", FAMILY);
        form.put("solutionName", "LexIA");
        form.put("summary", "Analyse automatique des courriers entrants et pré-rédaction des réponses.");
        form.put("maturityLevel", "PRODUCTION");
        form.put("integration", Map.of("apis", "API REST documentée (OpenAPI 3)", "standards", "OIDC, PDF/A",
                "identityFederation", "ProConnect", "deploymentModes", List.of("SAAS", "ON_PREMISES")));
        form.put("compliance", Map.of("gdprCompliant", true, "hostingLocation", "FRANCE",
                "securityQualifications", List.of("SECNUMCLOUD"), "accessibilityLevel", "PARTIALLY_COMPLIANT"));
        form.put("publicReferences", "Préfecture de test (2024)");
        form.put("contact", Map.of("name", "Camille Martin", "email", "camille.martin@alpha-ia.example",
                "phone", "+33 1 23 45 67 89"));
        return form;
    }

    public static String draft(String user, String campaign, Map<String, Object> form) {
        return as(user).body(form).post("/api/campaigns/" + campaign + "/candidatures")
                .then().statusCode(201).extract().path("reference");
    }

    public static void attachPdf(String user, String reference) {
        Api.upload(user)
                .multiPart("file", "presentation.pdf", Pdfs.valid(2), "application/pdf")
                .post("/api/candidatures/" + reference + "/attachments")
                .then().statusCode(201);
    }

    /** A complete file with its PDF, submitted by candidate A: it waits for the admissibility review. */
    public static String submitted(String campaign) {
        organisations();
        String reference = draft(Tokens.CANDIDATE_A, campaign, completeForm());
        attachPdf(Tokens.CANDIDATE_A, reference);
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);
        return reference;
    }
}
