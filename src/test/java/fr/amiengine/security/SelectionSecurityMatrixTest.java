package fr.amiengine.security;

import static fr.amiengine.support.RoleMatrix.expect;
import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.RoleMatrix;
import fr.amiengine.support.RoleMatrix.Row;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the committee session, for each kind of caller, in the order a session goes: the rows
 * that change state (submission, approval) come last, and the administrator is always the last caller of a row.
 */
@QuarkusTest
class SelectionSecurityMatrixTest {

    @Test
    void everySessionEndpointAndPageAnswersEachRoleAsExpected() {
        Deliberation d = Deliberation.evaluated(1, null,
                List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).open();
        String code = d.code;
        String file = d.ref("Solution");
        List<Row> rows = List.of(
                new Row("GET", "/api/campaigns/" + code + "/ranking", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/selection", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/decisions?page=1", null, expect(401, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/selection", "{}", expect(401, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/deliberation", null, expect(401, 403, 403, 403, 409)),
                new Row("PUT", "/api/candidatures/" + file + "/decision", "{\"outcome\":\"RETAINED\"}", expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/decisions/ledger", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/api/campaigns/" + code + "/ledger", null, expect(401, 403, 403, 403, 200)),
                new Row("GET", "/admin/campagnes/" + code + "/integrite", null, expect(302, 403, 403, 403, 200)),
                // not ready yet for the owner and the administrators; unknown to everyone else, as an unknown reference
                new Row("GET", "/api/candidatures/" + file + "/receipt.pdf", null, expect(401, 404, 404, 404, 404)),
                new Row("GET", "/api/candidatures/" + file + "/decision.pdf", null, expect(401, 404, 404, 404, 404)),
                new Row("GET", "/candidatures/" + file + "/decision", null, expect(302, 404, 404, 200, 200)),
                new Row("GET", "/candidatures/" + file + "/accuse-de-reception.pdf", null, expect(302, 404, 404, 404, 404)),
                new Row("GET", "/candidatures/" + file + "/lettre-de-decision.pdf", null, expect(302, 404, 404, 404, 404)),
                new Row("GET", "/api/campaigns/" + code + "/minutes.pdf", null, expect(401, 403, 403, 403, 404)),
                // the evaluation's communication: before the decisions are final, 409 to its readers, the page says when
                new Row("GET", "/api/candidatures/" + file + "/evaluation-report", null, expect(401, 404, 404, 409, 409)),
                new Row("GET", "/api/candidatures/" + file + "/evaluation-report.pdf", null, expect(401, 404, 404, 409, 409)),
                new Row("GET", "/candidatures/" + file + "/evaluation", null, expect(302, 404, 404, 200, 200)),
                new Row("GET", "/candidatures/" + file + "/elements-evaluation.pdf", null, expect(302, 404, 404, 409, 409)),
                new Row("GET", "/api/candidatures/AMI-INCONNUE-0001/evaluation-report", null, expect(401, 404, 404, 404, 404)),
                new Row("GET", "/candidatures/AMI-INCONNUE-0001/evaluation", null, expect(302, 404, 404, 404, 404)),
                new Row("GET", "/admin/campagnes/" + code + "/selection", null, expect(302, 403, 403, 403, 200)),
                new Row("POST", "/api/campaigns/" + code + "/decisions/submit", null, expect(401, 403, 403, 403, 200)),
                // four eyes: the administrator who submitted cannot approve
                new Row("POST", "/api/campaigns/" + code + "/decisions/approve", "{\"approved\":true}",
                        expect(401, 403, 403, 403, 403)));
        assertThat(RoleMatrix.mismatches(rows)).as("écarts à la matrice de sécurité de la délibération").isEmpty();
    }

    /** Once the decisions are final: the file's evaluation for its organisation and the administrators only. */
    @Test
    void theEvaluationOfAFileIsCommunicatedOnlyToItsOrganisationAndTheAdministratorsOnceFinal() {
        Deliberation d = Deliberation.evaluated(1, null,
                List.of(Deliberation.general("Solution", Scenario.FAMILY, 4))).decidedAndSent();
        String file = d.ref("Solution");
        List<Row> rows = List.of(
                new Row("GET", "/api/candidatures/" + file + "/evaluation-report", null, expect(401, 404, 404, 200, 200)),
                new Row("GET", "/api/candidatures/" + file + "/evaluation-report.pdf", null, expect(401, 404, 404, 200, 200)),
                new Row("GET", "/candidatures/" + file + "/evaluation", null, expect(302, 404, 404, 200, 200)),
                new Row("GET", "/candidatures/" + file + "/elements-evaluation.pdf", null, expect(302, 404, 404, 200, 200)));
        assertThat(RoleMatrix.mismatches(rows)).as("écarts à la matrice de sécurité des éléments d’évaluation").isEmpty();
    }
}
