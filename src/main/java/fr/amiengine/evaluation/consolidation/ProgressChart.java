package fr.amiengine.evaluation.consolidation;

import java.util.ArrayList;
import java.util.List;

/**
 * The progress chart of the dashboard, drawn on the server as SVG: no script, readable without JavaScript, and
 * doubled by a data table for screen readers. One bar per day, height = evaluations submitted up to that day.
 */
public record ProgressChart(int width, int height, int baseline, int labelY, long max, List<Bar> bars, String axisLabel) {

    public record Bar(int x, int y, int width, int height, int valueY, String label, long value) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int MARGIN = 30;

    static ProgressChart of(ProgressView progress) {
        long max = Math.max(1, progress.assignments());
        List<ProgressView.Day> days = progress.submissionsByDay();
        List<Bar> bars = new ArrayList<>();
        if (!days.isEmpty()) {
            int slot = (WIDTH - MARGIN) / days.size();
            for (int i = 0; i < days.size(); i++) {
                ProgressView.Day day = days.get(i);
                int height = (int) Math.round((HEIGHT - MARGIN) * (double) day.cumulative() / max);
                bars.add(new Bar(MARGIN + i * slot + 2, HEIGHT - MARGIN - height, Math.max(2, slot - 4), height, HEIGHT - MARGIN - height - 4,
                        day.date().getDayOfMonth() + "/" + day.date().getMonthValue(), day.cumulative()));
            }
        }
        return new ProgressChart(WIDTH, HEIGHT, HEIGHT - MARGIN, HEIGHT - 12, max, bars, "évaluations soumises (cumul) sur " + max + " attendues");
    }
}
