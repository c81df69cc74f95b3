package fr.amiengine.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.selection.RankingView;
import fr.amiengine.selection.SelectionService;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's 2024 edition shows the method (issue #15, point 6): its four members score with different severities, so
 * that the normalised score moves files in the ranking against the raw mean, and the deliberation page says so. Its rules
 * were published when it opened. Read-only: the demo's data stay as {@link DemoStartTest} left them.
 */
@QuarkusTest
@TestProfile(DemoStartTest.DemoSeeding.class)
class DemoNormalisationTest {

    static final String CAMPAIGN = "AMI-IA-2024";

    @Inject
    SelectionService selection;

    @Inject
    ObjectMapper json;

    @Test
    void inThe2024EditionNormalisationChangesTheRankOfAFileReadByTheHarshEvaluator() {
        RankingView ranking = selection.ranking(CAMPAIGN);

        List<RankingView.Line> moved = ranking.tracks().stream().flatMap(t -> t.files().stream())
                .filter(l -> l.normalisationShift() != 0).toList();
        assertThat(ranking.normalisationMoves()).isTrue();
        assertThat(moved).as("dossiers que la normalisation déplace").isNotEmpty();
        // the file of the document family, read by the harsh member, climbs; a file read by the lenient member goes down
        assertThat(moved).anyMatch(l -> l.normalisationShift() > 0 && l.family().equals("Traitement automatique de documents"));
        assertThat(moved).anyMatch(l -> l.normalisationShift() < 0 && !l.family().equals("Traitement automatique de documents"));
        // the campaign ranks on the raw score, as it published: its order is the raw one
        ranking.tracks().forEach(t -> t.files().stream().filter(RankingView.Line::eligible)
                .forEach(l -> assertThat(l.position()).isEqualTo(l.rawPosition())));

        // kept for the final note of issue #15: the files the normalisation moves, and how
        StringBuilder note = new StringBuilder();
        ranking.tracks().forEach(t -> t.files().forEach(l -> note.append(t.label()).append(" | ").append(l.reference()).append(" | ")
                .append(l.family()).append(" | brute ").append(l.rawScore()).append(" (").append(l.rawPosition()).append("e) | normalisée ")
                .append(l.normalisedScore()).append(" (").append(l.normalisedPosition()).append("e) | ").append(l.normalisationShift())
                .append('\n')));
        writeQuietly("normalisation-" + CAMPAIGN + ".txt", note.toString());

        String page = given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html")
                .get("/admin/campagnes/" + CAMPAIGN + "/selection").then().statusCode(200).extract().asString();
        assertThat(page).contains("Note brute et note normalisée", "Effet de la normalisation",
                "Ici, la normalisation change le rang d’au moins un dossier", "gagne ");
    }

    private static void writeQuietly(String name, String text) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the2024RulesWerePublishedAtItsOpening() throws Exception {
        String body = given().get("/api/public/campaigns/" + CAMPAIGN + "/rules").then().statusCode(200).extract().asString();
        JsonNode rules = json.readTree(body);

        assertThat(rules.get("version").asInt()).isEqualTo(1);
        assertThat(rules.get("campaign").get("code").asText()).isEqualTo(CAMPAIGN);
        assertThat(rules.get("grid").get("criteria")).hasSize(4);
        assertThat(rules.get("grid").get("criteria").get(0).get("weight").asInt()).isEqualTo(35);
        assertThat(rules.get("selection").get("tracks").get(1).get("budgetEuros").asLong()).isEqualTo(400_000L);
        assertThat(rules.get("selection").get("families").get(2).get("minRetained").asInt()).isEqualTo(1);
        // kept for the final note of issue #15: the public rules of the demo's 2024 edition, as the demo data give them
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "regles-" + CAMPAIGN + ".json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(rules));
    }
}
