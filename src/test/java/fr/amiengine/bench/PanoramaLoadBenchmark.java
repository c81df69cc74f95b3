package fr.amiengine.bench;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.publication.PublicationService;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The public panorama under load: {@code ./mvnw -Pbench-panorama} publishes a campaign of 100 retained solutions (the
 * 2025 AMI's size), then drives each address with wrk on loopback (Debian's {@code wrk}: 2 threads, 32 connections,
 * 10 s of warm-up then 20 s measured) and prints requests per second and latencies, beside a plain endpoint of the
 * same application ({@link PlainResource}) measured in the same run. Asserts nothing: it prints figures.
 */
@QuarkusTest
class PanoramaLoadBenchmark {

    private static final int SOLUTIONS = 100;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("^\\s+(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    @Inject
    PublicationService publication;

    @Inject
    fr.amiengine.submission.CandidatureRepository candidatures;

    @Inject
    fr.amiengine.campaign.CampaignRepository campaigns;

    @Inject
    fr.amiengine.workflow.WorkflowService workflow;

    @Test
    void printsRequestsPerSecondAndLatencies() throws Exception {
        String code = published();
        String base = KeycloakTestResource.applicationUrl();
        List<String[]> targets = List.of(
                new String[] {"point d’accès simple (même application)", "/bench/plain"},
                new String[] {"panorama JSON (100 solutions)", "/api/public/campaigns/" + code + "/panorama"},
                new String[] {"panorama CSV", "/api/public/campaigns/" + code + "/panorama.csv"},
                new String[] {"page du panorama (HTML)", "/panorama/" + code},
                new String[] {"page, recherche «\u00a0donnees\u00a0» + filtre", "/panorama/" + code + "?q=donnees&hebergement=FRANCE"},
                new String[] {"page d’une solution", "/panorama/" + code + "/solutions/" + code + "-0042"});
        StringBuilder table = new StringBuilder(String.format("%n%-42s %10s %9s %9s %9s %10s%n", "adresse (wrk -t2 -c32 -d20s)",
                "requêtes/s", "p50 (ms)", "p90 (ms)", "p99 (ms)", "Ko/réponse"));
        for (String[] target : targets) {
            wrk(base + target[1], "10s");
            String out = wrk(base + target[1], "20s");
            Matcher rps = RPS.matcher(out);
            Map<String, Double> latency = new java.util.HashMap<>();
            Matcher l = LATENCY.matcher(out);
            while (l.find()) {
                double value = Double.parseDouble(l.group(2));
                latency.put(l.group(1), switch (l.group(3)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                });
            }
            int size = io.restassured.RestAssured.given().get(target[1]).then().statusCode(200).extract().asByteArray().length;
            table.append(String.format("%-42s %10s %9.2f %9.2f %9.2f %10.1f%n", target[0], rps.find() ? rps.group(1) : "?",
                    latency.getOrDefault("50", Double.NaN), latency.getOrDefault("90", Double.NaN),
                    latency.getOrDefault("99", Double.NaN), size / 1024.0));
        }
        System.out.println(table);
    }

    private static String wrk(String url, String duration) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + duration, "--latency", url).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk a échoué sur " + url + "\u00a0:\n" + out);
        }
        return out;
    }

    /** A decided campaign of 100 retained files from the API's drafts, published by the service. */
    private String published() {
        String code = Scenario.openCampaign();
        Scenario.organisations();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < SOLUTIONS; i++) {
            Map<String, Object> form = Scenario.completeForm();
            form.put("solutionName", "Solution " + i + (i % 3 == 0 ? " de données" : " de documents"));
            form.put("summary", "Description de la solution " + i + "\u00a0: analyse des courriers, des données et des documents "
                    + "entrants, pré-rédaction des réponses, recherche dans les archives. ".repeat(3));
            references.add(Scenario.draft(i % 2 == 0 ? Tokens.CANDIDATE_A : Tokens.CANDIDATE_B, code, form));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String reference : references) {
                Candidature file = candidatures.getByReference(reference);
                file.state = CandidatureState.RETAINED;
            }
            Campaign campaign = campaigns.getByCode(code);
            campaign.state = CampaignState.DECIDED;
        });
        publication.prepare(code);
        publication.freeze(code, "bench", "banc d’essai");
        return code;
    }
}
