package fr.amiengine.correspondence.report;

import fr.amiengine.documents.EvaluationReportData;
import fr.amiengine.documents.EvaluationReportDocument;
import fr.amiengine.selection.Ranking;
import fr.amiengine.shared.FrenchFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jakarta.ws.rs.core.Response;

/**
 * The report as a PDF/A-2b, PDF/UA-1 document, drawn from the same {@link EvaluationReport} as the page and the API
 * (so that the three say the same), outside any transaction: a few milliseconds, drawn at each request rather than
 * stored, since nothing it shows changes once the decisions are final.
 */
final class EvaluationReportPdf {

    /** What the document says before anything else: why it is communicated, and what it leaves out. */
    static final String NOTICE = "Ce document vous communique les éléments de l’évaluation de votre dossier, une fois les "
            + "décisions du comité de sélection devenues définitives\u00a0: les notes et justifications de chaque évaluateur, "
            + "les chiffres consolidés, et la manière dont les règles de l’appel (traitement algorithmique\u00a0: moyenne pondérée, "
            + "normalisation, seuils, classement, sélection sous contraintes) ont été appliquées à votre dossier (code des "
            + "relations entre le public et l’administration, articles L311-3-1 et R311-3-1-2). Les évaluateurs sont désignés "
            + "par un numéro\u00a0; leur identité n’est pas communiquée.";

    private EvaluationReportPdf() {
    }

    static Response response(EvaluationReport report) {
        return Response.ok(render(report), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"elements-evaluation-" + report.reference() + ".pdf\"")
                .build();
    }

    static byte[] render(EvaluationReport r) {
        List<EvaluationReportData.GridLine> grid = r.grid().stream().map(g -> new EvaluationReportData.GridLine(g.label(),
                points(g.weightPercent()) + "\u00a0%", points(g.scaleMin()) + " à " + points(g.scaleMax()), points(g.threshold())))
                .toList();
        List<EvaluationReportData.EvaluatorBlock> evaluators = r.evaluations().stream().map(e -> new EvaluationReportData.EvaluatorBlock(
                e.evaluator(), e.scores().stream().map(s -> new EvaluationReportData.ScoreLine(s.label(), points(s.score()),
                        s.justification() == null ? "—" : s.justification())).toList(),
                points(e.total()) + " sur 100", e.totalComputation(),
                e.normalisedTotal() == null ? "—" : points(e.normalisedTotal()) + " sur 100",
                e.normalisation() == null ? "Ce total n’entre pas dans la note normalisée." : "Calcul\u00a0: " + e.normalisation().explanation()))
                .toList();
        EvaluationReport.Consolidated c = r.consolidation();
        List<EvaluationReportData.MeanLine> means = c.criteria().stream().map(m -> new EvaluationReportData.MeanLine(m.label(),
                points(m.mean()), points(m.threshold()), m.thresholdMet() == null ? "—" : m.thresholdMet() ? "atteint" : "non atteint",
                points(m.spread()))).toList();
        List<EvaluationReportData.Item> scores = new ArrayList<>();
        scores.add(new EvaluationReportData.Item("Note brute", points(c.rawScore()) + " sur 100"));
        scores.add(new EvaluationReportData.Item("Note normalisée", points(c.normalisedScore()) + " sur 100"));
        scores.add(new EvaluationReportData.Item("Éligibilité", c.eligible() ? "le dossier atteint le seuil de chaque critère"
                : "le dossier n’atteint pas le seuil d’au moins un critère"));
        scores.add(new EvaluationReportData.Item("Désaccord", c.disagreement() ? "oui\u00a0: " + c.disagreementDetail() : "non"));
        EvaluationReport.Standing s = r.ranking();
        List<EvaluationReportData.Item> ranking = new ArrayList<>();
        ranking.add(new EvaluationReportData.Item("Base du classement", s.basisLabel()));
        ranking.add(new EvaluationReportData.Item("Note du dossier", points(s.score()) + " sur 100"));
        ranking.add(new EvaluationReportData.Item("Rang", s.position() == null ? "non classé\u00a0: le dossier n’est pas éligible"
                : Ranking.ordinalOf(s.position()) + " sur " + s.rankedInTrack() + " dans le volet «\u00a0" + r.track() + "\u00a0»"));
        ranking.add(new EvaluationReportData.Item("Dossier classé juste devant", neighbour(s.above())));
        ranking.add(new EvaluationReportData.Item("Dossier classé juste derrière", neighbour(s.below())));
        EvaluationReport.Selection sel = r.selection();
        List<EvaluationReportData.Item> selection = new ArrayList<>();
        selection.add(new EvaluationReportData.Item("Proposition calculée", sel.proposedOutcomeLabel()));
        selection.add(new EvaluationReportData.Item("Décision", sel.outcomeLabel()));
        selection.add(new EvaluationReportData.Item("Places du volet", String.valueOf(sel.seats())
                + (sel.budgetEuros() == null ? "" : ", budget de " + FrenchFormat.euros(sel.budgetEuros()))));
        if (sel.requestedAmountEuros() != null) {
            selection.add(new EvaluationReportData.Item("Montant demandé", FrenchFormat.euros(sel.requestedAmountEuros())));
        }
        selection.add(new EvaluationReportData.Item("Raison", sel.reasonText()));
        return EvaluationReportDocument.render(new EvaluationReportData(r.campaignCode(), r.campaignTitle(), r.reference(),
                r.organisation(), r.solution(), r.track(), FrenchFormat.date(r.decidedAt()), r.outcomeLabel(), NOTICE, grid,
                evaluators, means, scores, c.consensusNote(), c.minorityView(), r.method(), ranking, s.explanation(),
                s.tieRules(), selection, sel.motivation() == null ? "—" : sel.motivation()));
    }

    private static String neighbour(EvaluationReport.Neighbour n) {
        if (n == null) {
            return "aucun";
        }
        return Ranking.ordinalOf(n.position()) + ", " + points(n.score()) + " sur 100"
                + (n.tieRule() == null ? "" : "\u00a0; même note, départagés par " + n.tieRule()
                + (n.tieValues() == null ? "" : " (" + n.tieValues() + ")"));
    }

    private static String points(BigDecimal value) {
        return value == null ? "—" : Ranking.points(value);
    }
}
