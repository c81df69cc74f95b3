package fr.amiengine.evaluation.consolidation;

import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.web.BarChart;

/**
 * The progress chart of the evaluation dashboard, drawn by the pages' one chart technique ({@link BarChart}): one bar
 * per day, its length the evaluations submitted up to that day, the full width standing for all those expected. Its
 * labels stay inside the drawing, and the page gives the figures in a table after it.
 */
final class ProgressChart {

    private ProgressChart() {
    }

    static BarChart of(ProgressView progress) {
        return BarChart.of("Évaluations soumises (cumul) sur " + progress.assignments() + " attendues, jour par jour",
                progress.submissionsByDay().stream()
                        .map(d -> new BarChart.Line(FrenchFormat.date(d.date()), d.cumulative())).toList(),
                progress.assignments());
    }
}
