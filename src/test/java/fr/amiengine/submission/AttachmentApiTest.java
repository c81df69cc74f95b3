package fr.amiengine.submission;

import static fr.amiengine.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.amiengine.support.Api;
import fr.amiengine.support.Pdfs;
import fr.amiengine.support.RawHttp;
import fr.amiengine.support.RawPdf;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentApiTest {

    private String campaign;
    private String reference;

    @BeforeEach
    void draft() {
        campaign = Scenario.openCampaign();
        Scenario.organisations();
        reference = Scenario.draft(Tokens.CANDIDATE_A, campaign, Map.of());
    }

    @Test
    void storesAPdfAndGivesItBackByteForByte() {
        byte[] pdf = Pdfs.valid(3);
        int id = upload(Tokens.CANDIDATE_A, "Présentation LexIA.pdf", pdf)
                .statusCode(201)
                .body("fileName", equalTo("Présentation LexIA.pdf"))
                .body("pageCount", equalTo(3))
                .body("sizeBytes", equalTo(pdf.length))
                .extract().path("id");

        byte[] downloaded = as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference + "/attachments/" + id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("Pr%C3%A9sentation"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + reference + "/attachments/" + id).then().statusCode(404);
    }

    @Test
    void refusesAFileThatIsNotAPdfWhateverItsName() {
        upload(Tokens.CANDIDATE_A, "dossier.pdf", Pdfs.notAPdf())
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("n’est pas un PDF"));
        assertNoAttachment();
    }

    @Test
    void refusesADamagedPdf() {
        upload(Tokens.CANDIDATE_A, "abime.pdf", Pdfs.damaged())
                .statusCode(422).body("detail", containsString("endommagé"));
        assertNoAttachment();
    }

    @Test
    void refusesAPdfThatRunsJavaScriptAtOpeningAndStoresNothing() {
        byte[] active = RawPdf.onePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", "");

        upload(Tokens.CANDIDATE_A, "actif.pdf", active)
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("JavaScript"))
                .body("errors[0].field", equalTo("file"));
        assertNoAttachment();
    }

    @Test
    void refusesEncryptedPdfs() {
        upload(Tokens.CANDIDATE_A, "protege.pdf", Pdfs.passwordProtected())
                .statusCode(422).body("detail", containsString("mot de passe"));
        upload(Tokens.CANDIDATE_A, "restreint.pdf", Pdfs.restricted())
                .statusCode(422).body("detail", containsString("chiffré"));
        assertNoAttachment();
    }

    @Test
    void refusesAPdfOverTheSizeLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);

        upload(Tokens.CANDIDATE_A, "enorme.pdf", big)
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("10 Mo"));
        assertNoAttachment();
    }

    @Test
    void refusesABodyOverTheServerLimitInFrenchToo() {
        byte[] huge = new byte[13 * 1024 * 1024];
        upload(Tokens.CANDIDATE_A, "gigantesque.pdf", huge)
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("taille"));
    }

    @Test
    void refusesAChunkedBodyOverTheServerLimitAsItDoesADeclaredOne() {
        // given a body sent without a length, chunk by chunk, 13 MB long (the limit is 12 MB)
        String head = "POST /api/candidatures/" + reference + "/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Tokens.of(Tokens.CANDIDATE_A) + "\r\n"
                + "Content-Type: multipart/form-data; boundary=limite\r\nTransfer-Encoding: chunked";

        // when it is sent
        RawHttp.Answer answer = RawHttp.send(head, RawHttp.chunked(13L * 1024 * 1024, (byte) 'x'));

        // then the same French 413 as for a declared length, and nothing stored
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer.body()).contains("taille maximale").contains("12 Mo");
        assertNoAttachment();
    }

    @Test
    void acceptsAChunkedUploadUnderTheLimit() {
        // given a real PDF sent chunked, as a streaming client does
        byte[] pdf = Pdfs.valid(2);
        byte[] body = multipart("limite", "dossier.pdf", pdf, true);
        String head = "POST /api/candidatures/" + reference + "/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Tokens.of(Tokens.CANDIDATE_A) + "\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=limite\r\nTransfer-Encoding: chunked";

        // when it is sent
        RawHttp.Answer answer = RawHttp.send(head, out -> {
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });

        // then it is stored like any other
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("attachments", hasSize(1))
                .body("attachments[0].pageCount", equalTo(2));
    }

    @Test
    void answersATruncatedUploadWithAFrench400() {
        // given a multipart body cut before its closing boundary, its length declared as sent
        byte[] body = multipart("limite", "coupe.pdf", Pdfs.valid(1), false);
        byte[] cut = Arrays.copyOf(body, body.length / 2);
        String head = "POST /api/candidatures/" + reference + "/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Tokens.of(Tokens.CANDIDATE_A) + "\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=limite\r\nContent-Length: " + cut.length;

        // when it is sent
        RawHttp.Answer answer = RawHttp.send(head, out -> out.write(cut));

        // then a French 400, and nothing stored
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer.body()).contains("incomplet");
        assertNoAttachment();
    }

    @Test
    void onlyTheOrganisationAttaches() {
        upload(Tokens.CANDIDATE_B, "intrus.pdf", Pdfs.valid(1)).statusCode(404);
        upload(Tokens.ADMIN, "admin.pdf", Pdfs.valid(1)).statusCode(403);
        Api.upload(Tokens.CANDIDATE_A).multiPart("autre", "x")
                .post("/api/candidatures/" + reference + "/attachments")
                .then().statusCode(422).body("errors[0].field", equalTo("file"));
        assertNoAttachment();
    }

    @Test
    void aSubmittedFileKeepsItsAttachments() {
        as(Tokens.CANDIDATE_A).body(Scenario.completeForm()).put("/api/candidatures/" + reference).then().statusCode(200);
        int id = upload(Tokens.CANDIDATE_A, "dossier.pdf", Pdfs.valid(1)).statusCode(201).extract().path("id");
        as(Tokens.CANDIDATE_A).post("/api/candidatures/" + reference + "/submit").then().statusCode(200);

        upload(Tokens.CANDIDATE_A, "ajout.pdf", Pdfs.valid(1)).statusCode(409).body("detail", containsString("plus modifiable"));
        as(Tokens.CANDIDATE_A).delete("/api/candidatures/" + reference + "/attachments/" + id).then().statusCode(409);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("attachments", hasSize(1));
    }

    @Test
    void anAttachmentIsReachedOnlyThroughItsOwnFile() {
        int id = upload(Tokens.CANDIDATE_A, "dossier.pdf", Pdfs.valid(1)).statusCode(201).extract().path("id");
        String otherFile = Scenario.draft(Tokens.CANDIDATE_B, campaign, Map.of());

        as(Tokens.CANDIDATE_B).get("/api/candidatures/" + otherFile + "/attachments/" + id).then().statusCode(404);
        as(Tokens.CANDIDATE_B).delete("/api/candidatures/" + otherFile + "/attachments/" + id).then().statusCode(404);
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("attachments", hasSize(1));
    }

    private ValidatableResponse upload(String user, String name, byte[] bytes) {
        return Api.upload(user)
                .multiPart("file", name, bytes, "application/pdf")
                .post("/api/candidatures/" + reference + "/attachments")
                .then();
    }

    /** A multipart body with one file part, closed by its final boundary or not. */
    private static byte[] multipart(String boundary, String name, byte[] content, boolean closed) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        if (closed) {
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private void assertNoAttachment() {
        as(Tokens.CANDIDATE_A).get("/api/candidatures/" + reference).then().body("attachments", hasSize(0));
    }
}
