package fr.amiengine.evaluation.scoring;

import static fr.amiengine.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's form reads in the order of the work: the file first, then the grid with each criterion's weight
 * and threshold, and a link to the next file still to score; the list of their files filters, sorts and counts what
 * is left. Nothing of the other members' scores shows.
 */
@QuarkusTest
class ScoringPageTest {

    private static final Pattern LEFT = Pattern.compile("(\\d+) dossiers? restent? à évaluer sur (\\d+)");

    private Committee committee;

    @BeforeEach
    void threeFilesForAPair() {
        committee = Committee.closedWithGrid(3, "ADDITIONAL_EVALUATOR", List.of(
                        criterion("IMPACT", "40", "2"), criterion("MATURITY", "20", null),
                        criterion("INTEGRABILITY", "20", null), criterion("COMPLIANCE", "20", "1.5")))
                .startEvaluation()
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
    }

    @Test
    void showsTheFileBeforeTheFormAndEachCriterionWithItsWeightAndThreshold() {
        String page = page(Tokens.EVALUATOR, "/evaluation/affectations/" + committee.assignmentOf(Tokens.EVALUATOR, committee.files.get(0)));

        assertThat(page.indexOf("id=\"titre-dossier\"")).as("le dossier").isPositive()
                .isLessThan(page.indexOf("id=\"titre-grille\""));
        assertThat(page.indexOf("presentation.pdf")).as("le PDF du dossier avant le formulaire").isPositive()
                .isLessThan(page.indexOf("<form class=\"formulaire\" method=\"post\""));
        assertThat(page).contains("Pondération\u00a0: 40\u00a0% · seuil\u00a0: au moins 2 ")
                .contains("Pondération\u00a0: 20\u00a0% · pas de seuil")
                .contains("seuil\u00a0: au moins 1,5 ");
    }

    @Test
    void linksToTheNextFileStillToScore() {
        List<Long> mine = committee.files.stream().map(f -> committee.assignmentOf(Tokens.EVALUATOR, f)).toList();
        submit(mine.get(1));
        Matcher next = Pattern.compile("href=\"/evaluation/affectations/(\\d+)\">Dossier suivant\u00a0: ([^<]+)</a>")
                .matcher(page(Tokens.EVALUATOR, "/evaluation/affectations/" + mine.get(0)));
        assertThat(next.find()).as("lien «\u00a0Dossier suivant\u00a0»").isTrue();
        assertThat(Long.valueOf(next.group(1))).isNotEqualTo(mine.get(0)).as("un dossier soumis n’est pas proposé")
                .isNotEqualTo(mine.get(1));
    }

    @Test
    void theListFiltersSortsAndCountsWhatIsLeft() {
        String file = committee.files.get(0);
        int[] before = left(page(Tokens.EVALUATOR, "/evaluation"));
        submit(committee.assignmentOf(Tokens.EVALUATOR, file));
        int[] after = left(page(Tokens.EVALUATOR, "/evaluation"));
        assertThat(after[0]).isEqualTo(before[0] - 1);
        assertThat(after[1]).isEqualTo(before[1]);

        assertThat(page(Tokens.EVALUATOR, "/evaluation?etat=soumis")).contains(">" + file + "</a>");
        assertThat(page(Tokens.EVALUATOR, "/evaluation?etat=a-faire")).doesNotContain(">" + file + "</a>")
                .contains(">" + committee.files.get(1) + "</a>");
        String byReference = page(Tokens.EVALUATOR, "/evaluation?tri=reference");
        assertThat(byReference.indexOf(">" + committee.files.get(0) + "</a>"))
                .isLessThan(byReference.indexOf(">" + committee.files.get(1) + "</a>"));
        given().auth().oauth2(Tokens.of(Tokens.EVALUATOR)).accept("text/html").get("/evaluation?etat=inconnu")
                .then().statusCode(422).body(containsString("Ce filtre n’existe pas"));
        given().auth().oauth2(Tokens.of(Tokens.EVALUATOR)).accept("text/html").get("/evaluation?tri=n%27importe")
                .then().statusCode(422).body(containsString("Cet ordre n’existe pas"));
    }

    @Test
    void theOtherMemberSeesNothingOfTheSubmittedScoresOnItsFormOrList() {
        String file = committee.files.get(0);
        as(Tokens.EVALUATOR).body(Committee.scores(4.5)).put("/api/assignments/" + committee.assignmentOf(Tokens.EVALUATOR, file)
                + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + committee.assignmentOf(Tokens.EVALUATOR, file) + "/evaluation/submit")
                .then().statusCode(200);

        String form = page(Tokens.EVALUATOR_2, "/evaluation/affectations/" + committee.assignmentOf(Tokens.EVALUATOR_2, file));
        assertThat(form).doesNotContain("Justification de IMPACT").doesNotContain("Notes soumises pour ce dossier");
        assertThat(page(Tokens.EVALUATOR_2, "/evaluation?etat=soumis")).doesNotContain(">" + file + "</a>");
    }

    private static void submit(long assignment) {
        as(Tokens.EVALUATOR).body(Committee.scores(3)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);
    }

    private static int[] left(String page) {
        Matcher m = LEFT.matcher(page);
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        Matcher none = Pattern.compile("Tous vos dossiers sont évalués \\((\\d+) sur").matcher(page);
        assertThat(none.find()).as("compte des dossiers restants").isTrue();
        return new int[] {0, Integer.parseInt(none.group(1))};
    }

    private static String page(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).accept("text/html").get(path).then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> criterion(String key, String weight, String threshold) {
        Map<String, Object> c = new java.util.HashMap<>();
        c.put("key", key);
        c.put("weight", new java.math.BigDecimal(weight));
        if (threshold != null) {
            c.put("threshold", new java.math.BigDecimal(threshold));
        }
        return c;
    }
}
