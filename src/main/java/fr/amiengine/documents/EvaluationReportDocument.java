package fr.amiengine.documents;

import fr.amiengine.documents.AccessiblePdf.Column;
import java.util.List;

/**
 * « Communication des éléments d’évaluation »: what a candidate may obtain of the evaluation of their own file once
 * the decisions are final (CRPA L311-3-1 and R311-3-1-2): each evaluator's scores and justifications under an
 * anonymous name, the consolidated figures, how the rules were applied to the file, its rank and why the selection
 * kept or left it. PDF/A-2b and PDF/UA-1 ({@link AccessiblePdf}).
 */
public final class EvaluationReportDocument {

    public static final String TITLE = "Communication des éléments d’évaluation";

    private static final List<Column> GRID = List.of(
            Column.left("Critère", 0.46f),
            Column.right("Pondération", 0.18f),
            Column.right("Échelle", 0.18f),
            Column.right("Seuil", 0.18f));

    private static final List<Column> SCORES = List.of(
            Column.left("Critère", 0.70f),
            Column.right("Note", 0.30f));

    private static final List<Column> MEANS = List.of(
            Column.left("Critère", 0.36f),
            Column.right("Moyenne", 0.16f),
            Column.right("Seuil", 0.14f),
            Column.left("Seuil atteint", 0.18f),
            Column.right("Écart entre évaluateurs", 0.16f));

    private EvaluationReportDocument() {
    }

    public static byte[] render(EvaluationReportData data) {
        try (AccessiblePdf pdf = new AccessiblePdf(TITLE + " — " + data.reference(),
                "Éléments d’évaluation de la candidature " + data.reference() + " à l’appel " + data.campaignCode()
                        + " communiqués à son organisation",
                "Éléments d’évaluation — " + data.reference())) {
            pdf.strongParagraph("Comité de sélection — " + data.campaignTitle());
            pdf.paragraph("Appel à manifestation d’intérêt " + data.campaignCode());
            pdf.space(6);
            pdf.title(TITLE);
            pdf.keyValue("Référence", data.reference());
            pdf.keyValue("Organisation", data.organisation());
            pdf.keyValue("Solution", data.solutionName());
            pdf.keyValue("Volet", data.track());
            pdf.keyValue("Décision", data.outcomeLabel() + ", décision devenue définitive le " + data.decidedOn());
            pdf.space(4);
            pdf.paragraph(data.notice());

            pdf.heading("La grille d’évaluation");
            pdf.table(GRID, data.grid().stream().map(g -> List.of(g.criterion(), g.weight(), g.scale(), g.threshold())).toList());

            pdf.heading("Les notes de chaque évaluateur");
            for (EvaluationReportData.EvaluatorBlock evaluator : data.evaluators()) {
                pdf.subheading(evaluator.name());
                pdf.table(SCORES, evaluator.scores().stream().map(s -> List.of(s.criterion(), s.score())).toList());
                for (EvaluationReportData.ScoreLine score : evaluator.scores()) {
                    pdf.paragraph("Justification sur «\u00a0" + score.criterion() + "\u00a0»\u00a0: " + score.justification());
                }
                pdf.keyValue("Total", evaluator.total());
                pdf.paragraph(evaluator.totalComputation());
                pdf.keyValue("Total normalisé", evaluator.normalisedTotal());
                pdf.paragraph(evaluator.normalisation());
            }

            pdf.heading("Les chiffres consolidés");
            pdf.table(MEANS, data.means().stream()
                    .map(m -> List.of(m.criterion(), m.mean(), m.threshold(), m.met(), m.spread())).toList());
            data.scores().forEach(item -> pdf.keyValue(item.key(), item.value()));
            if (data.consensusNote() != null) {
                pdf.subheading("Note commune des évaluateurs");
                pdf.paragraph(data.consensusNote());
            }
            if (data.minorityView() != null) {
                pdf.subheading("Avis minoritaire");
                pdf.paragraph(data.minorityView());
            }

            pdf.heading("Comment les règles ont été appliquées à votre dossier");
            data.method().forEach(pdf::paragraph);

            pdf.heading("Classement");
            data.ranking().forEach(item -> pdf.keyValue(item.key(), item.value()));
            pdf.paragraph(data.rankExplanation());
            pdf.note("Règles de départage publiées avec l’appel\u00a0: " + data.tieRules());

            pdf.heading("Décision de sélection");
            data.selection().forEach(item -> pdf.keyValue(item.key(), item.value()));
            pdf.subheading("Motivation de la décision");
            pdf.paragraph(data.motivation());
            pdf.space(6);
            pdf.note("Les notes des autres dossiers ne sont pas communiquées, à l’exception de celles des dossiers classés "
                    + "juste devant et juste derrière le vôtre, sans leur nom ni leur référence. Les évaluateurs sont désignés "
                    + "par un numéro\u00a0; leur identité n’est pas communiquée.");
            return pdf.finish();
        }
    }
}
