package fr.amiengine.documents;

import fr.amiengine.documents.AccessiblePdf.Column;
import java.util.List;

/**
 * The motivated decision letter sent to each candidate: the administration, the addressee, the object, the decision
 * in one sentence, its motivation, the candidate's scores against the grid, the overall scores and rank, the notice of
 * the algorithmic processing (CRPA L311-3-1), « Voies et délais de recours », and its author by first name, surname and
 * title (L212-1). PDF/A-2b and PDF/UA-1 ({@link AccessiblePdf}).
 */
public final class DecisionLetterDocument {

    private static final List<Column> SCORES = List.of(
            Column.left("Critère", 0.40f),
            Column.right("Pondération", 0.14f),
            Column.right("Échelle", 0.11f),
            Column.right("Seuil", 0.08f),
            Column.right("Votre note moyenne", 0.13f),
            Column.left("Seuil atteint", 0.14f));

    private DecisionLetterDocument() {
    }

    public static byte[] render(DecisionLetterData data) {
        try (AccessiblePdf pdf = new AccessiblePdf(
                "Décision relative à la candidature " + data.reference(),
                "Décision motivée du comité de sélection de l’appel " + data.campaignCode() + " sur la candidature "
                        + data.reference(),
                "Décision — " + data.reference())) {
            pdf.strongParagraph("Comité de sélection — " + data.campaignTitle());
            pdf.paragraph("Appel à manifestation d’intérêt " + data.campaignCode());
            pdf.space(6);
            pdf.paragraph("À l’attention de " + data.addressee() + "\n" + data.organisation());
            pdf.space(6);
            pdf.keyValue("Objet", "Décision relative à votre candidature «\u00a0" + data.solutionName() + "\u00a0»");
            pdf.keyValue("Référence", data.reference());
            pdf.keyValue("Volet", data.track());
            pdf.keyValue("Date", data.decidedOn());

            pdf.title("Décision du comité de sélection");
            pdf.paragraph("Madame, Monsieur,");
            pdf.strongParagraph(decisionSentence(data));
            pdf.keyValue("Décision", data.outcomeLabel());

            pdf.heading("Motifs de la décision");
            pdf.paragraph(data.motivation());

            pdf.heading("Vos notes au regard de la grille d’évaluation");
            pdf.paragraph("Chaque critère est noté par les évaluateurs sur l’échelle indiquée\u00a0; la note retenue est la "
                    + "moyenne de leurs notes. Un critère assorti d’un seuil doit l’atteindre pour que le dossier "
                    + "reste éligible.");
            pdf.table(SCORES, data.criteria().stream()
                    .map(c -> List.of(c.criterion(), c.weight(), c.scale(), c.threshold(), c.score(), c.thresholdMet()))
                    .toList());

            pdf.heading("Note globale et rang");
            pdf.keyValue("Note brute", data.rawScore());
            pdf.keyValue("Note normalisée", data.normalisedScore());
            pdf.keyValue("Rang", data.rank() == null ? "non classé\u00a0: le dossier n’est pas éligible" : data.rank());
            pdf.paragraph(data.rankExplanation());

            pdf.heading("Traitement algorithmique");
            pdf.paragraph(data.algorithmNotice());

            pdf.heading("Voies et délais de recours");
            pdf.paragraph(data.appeal());

            pdf.space(8);
            pdf.paragraph("Veuillez agréer, Madame, Monsieur, l’expression de notre considération distinguée.");
            pdf.space(6);
            pdf.paragraph("Décision arrêtée le " + data.decidedOn() + ", pour le comité de sélection, par :");
            pdf.strongParagraph(data.signatory());
            pdf.paragraph(data.signatoryTitle());
            return pdf.finish();
        }
    }

    /** The decision in one sentence, as the letter states it. */
    public static String decisionSentence(DecisionLetterData data) {
        String candidature = "votre candidature «\u00a0" + data.solutionName() + "\u00a0» (référence " + data.reference() + ")";
        return switch (data.outcome()) {
            case "RETAINED" -> "Le comité de sélection a retenu " + candidature + ".";
            case "NOT_RETAINED" -> "Le comité de sélection n’a pas retenu " + candidature + ".";
            case "WAITLISTED" -> "Le comité de sélection a inscrit " + candidature + " sur la liste d’attente.";
            case "RENOUNCED" -> "Le comité de sélection prend acte de votre renonciation à la sélection de " + candidature + ".";
            default -> throw new IllegalArgumentException("Issue inconnue\u00a0: " + data.outcome());
        };
    }
}
