package fr.amiengine.documents;

import java.util.List;

/**
 * « Accusé de réception de votre candidature »: what was received and when (the server's time), the reference, the
 * attached PDFs, what happens next, where to follow the file and whom to write to (the administration running the
 * call). PDF/A-2b and PDF/UA-1 ({@link AccessiblePdf}).
 */
public final class ReceiptDocument {

    private ReceiptDocument() {
    }

    public static byte[] render(ReceiptData data) {
        try (AccessiblePdf pdf = new AccessiblePdf(
                "Accusé de réception de votre candidature " + data.reference(),
                "Accusé de réception de la candidature " + data.reference() + " à l’appel " + data.campaignCode(),
                "Accusé de réception — " + data.reference())) {
            pdf.paragraph("Appel à manifestation d’intérêt " + data.campaignCode() + " — " + data.campaignTitle());
            pdf.title("Accusé de réception de votre candidature");
            pdf.strongParagraph("Votre candidature a bien été reçue le " + data.submittedAt()
                    + ". Elle est enregistrée sous la référence " + data.reference() + ".");
            pdf.paragraph("La date et l’heure de réception sont celles du serveur de la plateforme au moment où "
                    + "vous avez confirmé le dépôt\u00a0; elles font foi pour le respect de la date limite de l’appel.");

            pdf.heading("Ce que nous avons reçu");
            pdf.keyValue("Référence", data.reference());
            pdf.keyValue("Organisation", data.organisation());
            pdf.keyValue("SIREN", data.siren());
            pdf.keyValue("Solution", data.solutionName());
            pdf.keyValue("Volet", data.track());
            pdf.keyValue("Famille", data.family());
            pdf.keyValue("Reçue le", data.submittedAt() + " (heure du serveur)");

            pdf.heading("Pièces jointes");
            if (data.attachments().isEmpty()) {
                pdf.paragraph("Aucune pièce jointe n’accompagne cette candidature.");
            } else {
                pdf.paragraph(data.attachments().size() == 1
                        ? "Le document PDF suivant a été joint à votre candidature\u00a0:"
                        : "Les " + data.attachments().size() + " documents PDF suivants ont été joints à votre candidature\u00a0:");
                pdf.bulletList(data.attachments());
            }

            pdf.heading("La suite de la procédure");
            pdf.bulletList(List.of(
                    "Recevabilité\u00a0: nos services vérifient que le dossier est complet et que l’organisation est "
                            + "éligible. Si une pièce manque, nous vous écrirons.",
                    "Évaluation\u00a0: les dossiers recevables sont évalués par les membres du comité de sélection, "
                            + "selon la grille publiée avec l’appel.",
                    "Décision\u00a0: le comité arrête le classement par volet\u00a0; vous recevrez une lettre de décision "
                            + "motivée, avec les voies et délais de recours."));

            pdf.heading("Suivre votre dossier");
            pdf.paragraph("Vous pouvez suivre l’avancement de votre dossier à tout moment à l’adresse suivante\u00a0: "
                    + data.followUrl());
            pdf.heading("Contact de l’administration");
            pdf.paragraph("L’appel est conduit par " + data.contactService() + ". Pour toute question, écrivez-lui en "
                    + "rappelant la référence " + data.reference() + " :");
            pdf.keyValue("Service", data.contactService());
            pdf.keyValue("Adresse électronique", data.contactEmail());
            pdf.space(6);
            pdf.note("Cet accusé de réception atteste du dépôt de votre candidature. Il ne préjuge ni de sa "
                    + "recevabilité ni de la décision du comité de sélection.");
            return pdf.finish();
        }
    }
}
