package fr.amiengine.documents;

import java.util.List;
import java.util.Objects;

/**
 * What the « Communication des éléments d’évaluation » of a file says, every value already formatted the French way.
 * It holds nothing of another file but the scores of its neighbours in the ranking, as the caller words them.
 *
 * @param notice     why the document is communicated and what it leaves out (the legal basis, anonymity)
 * @param evaluators each evaluator's scores, anonymised by the caller (« Évaluateur 1 »…), in a stable order
 * @param means      the consolidated mean of each criterion against its threshold
 * @param scores     the consolidated scores as key and value (« Note brute », « Note normalisée »…)
 * @param method     how the rules were applied to this file, one paragraph each
 * @param ranking    the file's place in its track as key and value (basis, score, rank, neighbours)
 * @param selection  the decision and why the selection kept or left the file, as key and value
 */
public record EvaluationReportData(String campaignCode, String campaignTitle, String reference, String organisation,
        String solutionName, String track, String decidedOn, String outcomeLabel, String notice, List<GridLine> grid,
        List<EvaluatorBlock> evaluators, List<MeanLine> means, List<Item> scores, String consensusNote,
        String minorityView, List<String> method, List<Item> ranking, String rankExplanation, String tieRules,
        List<Item> selection, String motivation) {

    public EvaluationReportData {
        Objects.requireNonNull(reference, "reference");
        grid = List.copyOf(grid);
        evaluators = List.copyOf(evaluators);
        means = List.copyOf(means);
        scores = List.copyOf(scores);
        method = List.copyOf(method);
        ranking = List.copyOf(ranking);
        selection = List.copyOf(selection);
    }

    /** A criterion of the published grid. */
    public record GridLine(String criterion, String weight, String scale, String threshold) {
    }

    /** One evaluator's evaluation of the file, under their anonymous name. */
    public record EvaluatorBlock(String name, List<ScoreLine> scores, String total, String totalComputation,
            String normalisedTotal, String normalisation) {

        public EvaluatorBlock {
            scores = List.copyOf(scores);
        }
    }

    /** A criterion's score and its written justification. */
    public record ScoreLine(String criterion, String score, String justification) {
    }

    /** A criterion's consolidated mean: threshold "—" and met "—" when it has none. */
    public record MeanLine(String criterion, String mean, String threshold, String met, String spread) {
    }

    /** A key and its value. */
    public record Item(String key, String value) {
    }
}
