package fr.amiengine.export;

import static fr.amiengine.support.Api.as;
import static fr.amiengine.support.Deliberation.general;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.support.Committee;
import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The administrators' exports through the API and the pages, read back as CSV and XLSX. */
@QuarkusTest
class ExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPACT = "Impact attendu sur les missions de service public";
    private static final String SOLUTION_FORMULA = "=HYPERLINK(\"http://pirate.example\";\"Cliquez ici\")";

    @Test
    void exportsTheSubmittedFilesWithTheirDeclaredFieldsButNoDraft() throws IOException {
        String code = Scenario.openCampaign();
        Scenario.organisations();
        Map<String, Object> form = Scenario.completeForm();
        form.put("solutionName", SOLUTION_FORMULA);
        form.put("summary", "Courriers\u00a0; réponses \"pré-rédigées\"\net relues par un agent.");
        String submitted = Scenario.draft(Tokens.CANDIDATE_A, code, form);
        Scenario.attachPdf(Tokens.CANDIDATE_A, submitted);
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + submitted + "/submit").then().statusCode(200);
        String draft = Scenario.draft(Tokens.CANDIDATE_B, code, Scenario.completeForm());
        String state = as(Tokens.ADMIN).get("/api/candidatures/" + submitted).then().extract().path("state");

        Response response = as(Tokens.ADMIN).get("/api/campaigns/" + code + "/exports/candidatures.csv");

        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + code + "-candidatures.csv\""));
        List<Map<String, String>> lines = csvLines(response.asByteArray());
        assertThat(lines).hasSize(1);
        Map<String, String> line = lines.get(0);
        assertThat(line.keySet()).startsWith("Référence", "État", "Organisation", "SIREN").hasSize(24)
                .contains("Maturité déclarée", "Modes de déploiement", "Montant demandé (euros)", "Déposée le (heure de Paris)");
        assertThat(line).containsEntry("Référence", submitted)
                .containsEntry("État", CandidatureState.valueOf(state).label)
                .containsEntry("Organisation", "Alpha IA (tests)")
                .containsEntry("SIREN", Scenario.SIREN_A)
                .containsEntry("Volet", "Volet général")
                .containsEntry("Famille fonctionnelle", "Traitement automatique de documents")
                .containsEntry("Maturité déclarée", "En production chez au moins un client")
                .containsEntry("Modes de déploiement", "Logiciel en ligne (SaaS), Installation dans le SI de l’administration")
                .containsEntry("Conforme au RGPD", "Oui")
                .containsEntry("Qualifications de sécurité", "Qualification SecNumCloud")
                .containsEntry("Accessibilité (RGAA)", "Partiellement conforme au RGAA")
                .containsEntry("Résumé", "Courriers\u00a0; réponses \"pré-rédigées\"\net relues par un agent.")
                // formula injection: shown as typed, never evaluated
                .containsEntry("Nom de la solution", "'" + SOLUTION_FORMULA)
                .containsEntry("Contact\u00a0: téléphone", "'+33 1 23 45 67 89");
        assertThat(line.get("Déposée le (heure de Paris)")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(response.asString()).doesNotContain(draft);

        byte[] xlsx = as(Tokens.ADMIN).get("/api/campaigns/" + code + "/exports/candidatures.xlsx").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString(code + "-candidatures.xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Candidatures");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            List<String> header = texts(rows.get(0));
            Row file = rows.get(1);
            assertThat(file.getCellText(0)).isEqualTo(submitted);
            int solution = header.indexOf("Nom de la solution");
            assertThat(file.getCell(solution).getType()).isEqualTo(CellType.STRING);
            assertThat(file.getCellText(solution)).isEqualTo("'" + SOLUTION_FORMULA);
            assertThat(file.getCellAsDate(header.indexOf("Déposée le (heure de Paris)"))).isPresent();
        }
    }

    @Test
    void exportsSubmittedEvaluationsOnlyNeverADraftThenTheConsolidatedScores() throws IOException {
        Committee committee = Committee.inEvaluation(1, "ADDITIONAL_EVALUATOR")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2).declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose().release();
        String file = committee.files.get(0);
        Long first = committee.assignmentOf(Tokens.EVALUATOR, file);
        Long second = committee.assignmentOf(Tokens.EVALUATOR_2, file);
        as(Tokens.EVALUATOR).body(scores(4, "@SUM(1+1) impact évident")).put("/api/assignments/" + first + "/evaluation")
                .then().statusCode(200);
        as(Tokens.EVALUATOR).post("/api/assignments/" + first + "/evaluation/submit").then().statusCode(200);
        as(Tokens.EVALUATOR_2).body(scores(3.5, "Brouillon confidentiel")).put("/api/assignments/" + second + "/evaluation")
                .then().statusCode(200);
        String path = "/api/campaigns/" + committee.code + "/exports/evaluations.csv";

        Response draftStage = as(Tokens.ADMIN).get(path);

        draftStage.then().statusCode(200);
        assertThat(draftStage.asString()).doesNotContain("Brouillon confidentiel").doesNotContain(Tokens.EVALUATOR_2);
        List<Map<String, String>> lines = csvLines(draftStage.asByteArray());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry("Référence", file)
                .containsEntry("Identifiant de l’évaluateur", Tokens.EVALUATOR)
                .containsEntry("Administration de l’évaluateur", "Ministère de " + Tokens.EVALUATOR)
                .containsEntry(IMPACT + "\u00a0: note sur 5", "4,00")
                .containsEntry(IMPACT + "\u00a0: justification", "'@SUM(1+1) impact évident (IMPACT)")
                .containsEntry("Total de l’évaluateur sur 100 (brut)", "80,00")
                // one evaluation of two: the file is not consolidated, no aggregate yet
                .containsEntry("Note brute du dossier sur 100", "")
                .containsEntry("Note normalisée du dossier sur 100", "");
        as(Tokens.EVALUATOR).get(path).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.EVALUATOR_2).get(path).then().statusCode(403).contentType("application/problem+json");

        as(Tokens.EVALUATOR_2).body(scores(3.5, "Évaluation soumise")).put("/api/assignments/" + second + "/evaluation")
                .then().statusCode(200);
        as(Tokens.EVALUATOR_2).post("/api/assignments/" + second + "/evaluation/submit").then().statusCode(200);

        List<Map<String, String>> both = csvLines(as(Tokens.ADMIN).get(path).then().statusCode(200).extract().asByteArray());
        assertThat(both).extracting(l -> l.get("Identifiant de l’évaluateur")).containsExactly(Tokens.EVALUATOR, Tokens.EVALUATOR_2);
        assertThat(both).extracting(l -> l.get("Total de l’évaluateur sur 100 (brut)")).containsExactly("80,00", "70,00");
        assertThat(both).extracting(l -> l.get("Note brute du dossier sur 100")).containsExactly("75,00", "75,00");
        assertThat(both).allSatisfy(l -> assertThat(l.get("Note normalisée du dossier sur 100")).isNotEmpty());

        byte[] xlsx = as(Tokens.ADMIN).get("/api/campaigns/" + committee.code + "/exports/evaluations.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Évaluations");
            assertThat(rows).hasSize(3);
            List<String> header = texts(rows.get(0));
            int justification = header.indexOf(IMPACT + "\u00a0: justification");
            assertThat(rows.get(1).getCell(justification).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(justification)).isEqualTo("'@SUM(1+1) impact évident (IMPACT)");
            assertThat(rows.get(1).getCellAsNumber(header.indexOf("Total de l’évaluateur sur 100 (brut)")))
                    .hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("80"));
        }
    }

    @Test
    void exportsTheDecisionsWithRanksMotivationsAndApprovalsAndTheWholeWorkbook() throws IOException {
        Deliberation d = Deliberation.evaluated(1, null, List.of(
                general("Premier", Scenario.FAMILY, 4.5), general("Second", Scenario.FAMILY, 4))).open();
        as(Tokens.ADMIN).post("/api/campaigns/" + d.code + "/decisions/submit").then().statusCode(200);
        as(Tokens.ADMIN_2).body(Map.of("approved", true)).post("/api/campaigns/" + d.code + "/decisions/approve").then()
                .statusCode(200);
        d.committee.runCampaignJob("Task_FinaliseDecisions");

        List<Map<String, String>> lines = csvLines(as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/exports/decisions.csv")
                .then().statusCode(200).extract().asByteArray());

        assertThat(lines).extracting(l -> l.get("Référence")).containsExactly(d.ref("Premier"), d.ref("Second"));
        assertThat(lines.get(0)).containsEntry("Volet", "Volet général").containsEntry("Rang dans le volet", "1")
                .containsEntry("Note de classement sur 100 (note brute)", "90,00")
                .containsEntry("Proposition", "Retenue").containsEntry("Décision", "Retenue")
                .containsEntry("Décisions soumises par", Tokens.ADMIN).containsEntry("Approuvées par", Tokens.ADMIN_2)
                .containsEntry("Décision définitive", "Oui");
        assertThat(lines.get(0).get("Motivation")).startsWith("Le dossier est retenu");
        assertThat(lines.get(0).get("Approuvées le (heure de Paris)")).isNotEmpty();
        assertThat(lines.get(1)).containsEntry("Rang dans le volet", "2").containsEntry("Décision", "Non retenue")
                .containsEntry("Note de classement sur 100 (note brute)", "80,00");
        assertThat(lines.get(1).get("Motivation")).startsWith("Le dossier n’est pas retenu");

        byte[] xlsx = as(Tokens.ADMIN).get("/api/campaigns/" + d.code + "/exports/campagne.xlsx").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", equalTo("attachment; filename=\"" + d.code + "-campagne.xlsx\""))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Candidatures", "Évaluations", "Décisions");
            assertThat(workbook.findSheet("Candidatures").orElseThrow().read()).hasSize(3);
            assertThat(workbook.findSheet("Évaluations").orElseThrow().read()).hasSize(5);
            List<Row> decisions = workbook.findSheet("Décisions").orElseThrow().read();
            assertThat(decisions).hasSize(3);
            List<String> header = texts(decisions.get(0));
            assertThat(decisions.get(1).getCellText(header.indexOf("Référence"))).isEqualTo(d.ref("Premier"));
            assertThat(decisions.get(1).getCellAsNumber(header.indexOf("Note de classement sur 100 (note brute)")))
                    .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("90"));
            assertThat(decisions.get(1).getCellAsDate(header.indexOf("Approuvées le (heure de Paris)"))).isPresent();
        }
    }

    @Test
    void onlyAdministratorsExportAndAnUnknownCampaignIsAFrench404() {
        String code = Scenario.openCampaign();
        List<String> files = List.of("candidatures.csv", "candidatures.xlsx", "evaluations.csv", "evaluations.xlsx",
                "decisions.csv", "decisions.xlsx", "campagne.xlsx");
        List<String> mismatches = new ArrayList<>();
        for (String name : files) {
            String api = "/api/campaigns/" + code + "/exports/" + name;
            String page = "/admin/campagnes/" + code + "/exports/" + name;
            expect(mismatches, api, null, 401);
            expect(mismatches, api, Tokens.CANDIDATE_A, 403);
            expect(mismatches, api, Tokens.EVALUATOR, 403);
            expect(mismatches, api, Tokens.ADMIN, 200);
            expect(mismatches, page, null, 302);
            expect(mismatches, page, Tokens.CANDIDATE_A, 403);
            expect(mismatches, page, Tokens.EVALUATOR, 403);
            expect(mismatches, page, Tokens.ADMIN, 200);
        }
        assertThat(mismatches).as("écarts aux droits des exports").isEmpty();

        as(Tokens.EVALUATOR).get("/api/campaigns/" + code + "/exports/evaluations.csv").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.ADMIN).get("/api/campaigns/INCONNUE-" + code + "/exports/candidatures.csv").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Aucune campagne n’a le code «\u00a0INCONNUE-" + code + "\u00a0»."));
        as(Tokens.ADMIN).get("/api/campaigns/INCONNUE-" + code + "/exports/campagne.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theAdministratorsFilesPageLinksToEveryExportWithItsFormatAndSize() {
        String code = Scenario.openCampaign();
        Scenario.submitted(code);

        String page = given().auth().oauth2(Tokens.of(Tokens.ADMIN)).accept("text/html")
                .get("/admin/campagnes/" + code + "/candidatures").then().statusCode(200).extract().asString();

        assertThat(page).contains("<h2 id=\"titre-exports\">Exports</h2>")
                .contains("href=\"/admin/campagnes/" + code + "/exports/candidatures.csv\"")
                .contains("Candidatures déposées — CSV, 1 dossier<")
                .contains("Candidatures déposées — XLSX, 1 dossier<")
                .contains("Évaluations soumises et notes consolidées — CSV, 0 évaluation<")
                .contains("Décisions du comité — XLSX, 0 décision<")
                .contains("href=\"/admin/campagnes/" + code + "/exports/campagne.xlsx\"");
        byte[] csv = given().auth().oauth2(Tokens.of(Tokens.ADMIN)).get("/admin/campagnes/" + code + "/exports/candidatures.csv")
                .then().statusCode(200).header("Content-Disposition", containsString(code + "-candidatures.csv"))
                .extract().asByteArray();
        assertThat(csvLines(csv)).hasSize(1);
    }

    private static void expect(List<String> mismatches, String path, String user, int expected) {
        var request = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
        if (user != null) {
            request.auth().oauth2(Tokens.of(user));
        }
        int status = request.get(path).statusCode();
        if (status != expected) {
            mismatches.add(path + " " + (user == null ? "anonyme" : user) + "\u00a0: attendu " + expected + ", reçu " + status);
        }
    }

    private static Map<String, Object> scores(double score, String justification) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String criterion : List.of("IMPACT", "MATURITY", "INTEGRABILITY", "COMPLIANCE")) {
            list.add(Map.of("criterion", criterion, "score", score, "justification", justification + " (" + criterion + ")"));
        }
        return Map.of("scores", list);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(row.getCellText(i));
        }
        return texts;
    }

    /** The data lines of an export, each by its column header; fails unless the file is UTF-8 with BOM, « ; », CRLF. */
    private static List<Map<String, String>> csvLines(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("marque d’ordre des octets UTF-8").containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        List<Map<String, String>> lines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as("cellules de la ligne").hasSameSizeAs(header);
            Map<String, String> line = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                line.put(header.get(i), row.get(i));
            }
            lines.add(line);
        }
        return lines;
    }

    /** The records, read by FastCSV's parser with « ; » as separator; the file must end with CRLF. */
    private static List<List<String>> parseCsv(String text) {
        assertThat(text).as("fin de la dernière ligne").endsWith("\r\n");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
