package fr.amiengine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptDocumentTest {

    @Test
    void receiptIsPdfA2bAndPdfUa1() {
        byte[] pdf = ReceiptDocument.render(Samples.receipt());

        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void receiptStatesReferenceServerTimeAttachmentsAndWhereToFollow() {
        ReceiptData data = Samples.receipt();

        String text = DocumentText.of(ReceiptDocument.render(data));

        assertThat(text)
                .contains("Accusé de réception de votre candidature")
                .contains("Votre candidature a bien été reçue le " + data.submittedAt())
                .contains("référence " + data.reference())
                .contains(data.siren())
                .contains("(heure du serveur)")
                .contains(data.attachments())
                .contains(data.followUrl())
                .contains("Page 1 sur ");
    }

    @Test
    void receiptGivesTheContactOfTheAdministrationRunningTheCall() {
        ReceiptData data = Samples.receipt();

        String text = DocumentText.of(ReceiptDocument.render(data)).replaceAll("\\s+", " ");

        assertThat(text)
                .contains("Contact de l’administration")
                .contains("L’appel est conduit par " + data.contactService())
                .contains(data.contactEmail());
    }

    @Test
    void receiptWithoutAttachmentSaysSo() {
        ReceiptData data = Samples.receipt();
        ReceiptData without = new ReceiptData(data.campaignCode(), data.campaignTitle(), data.reference(),
                data.organisation(), data.siren(), data.solutionName(), data.track(), data.family(),
                data.submittedAt(), null, data.contactService(), data.contactEmail(), data.followUrl());

        byte[] pdf = ReceiptDocument.render(without);

        assertThat(DocumentText.of(pdf)).contains("Aucune pièce jointe");
        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }
}
