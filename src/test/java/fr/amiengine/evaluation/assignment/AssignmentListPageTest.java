package fr.amiengine.evaluation.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fr.amiengine.support.Committee;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The assignment page lists its files a page at a time, searchable, and answers a bad page number in French. */
@QuarkusTest
class AssignmentListPageTest {

    @Test
    void searchesTheFilesOfTheAssignmentAndRefusesABadPageNumber() {
        Committee committee = Committee.inEvaluation(3, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose();
        String page = "/admin/campagnes/" + committee.code + "/affectation";

        String all = html(page);
        assertThat(all).contains("3 dossiers affectés");
        committee.files.forEach(f -> assertThat(all).contains(">" + f + "</a>"));

        String one = html(page + "?q=" + committee.files.get(1).toLowerCase());
        assertThat(one).contains("1 dossier affecté").contains(">" + committee.files.get(1) + "</a>")
                .doesNotContain(">" + committee.files.get(0) + "</a>");
        assertThat(html(page + "?q=BETA+data")).as("le nom de l’organisation B, sans accents ni majuscules")
                .contains(">" + committee.files.get(1) + "</a>").doesNotContain(">" + committee.files.get(0) + "</a>");
        assertThat(html(page + "?page=7")).contains("3 dossiers affectés");

        given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").get(page + "?page=deux")
                .then().statusCode(422).body(containsString("Le numéro de page doit être un nombre entier"));
    }

    private static String html(String path) {
        return given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html").get(path).then().statusCode(200)
                .extract().asString();
    }
}
