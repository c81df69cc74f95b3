package fr.amiengine.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG by the tag {@code {#barres chart=… /}}: the one chart technique of the pages.
 * It needs no script, so it is drawn under the strict Content-Security-Policy and without JavaScript; it is an image
 * named by its title ({@code role="img"}), and the page gives its figures in a table beside it for screen readers and
 * for reading. One horizontal bar per line, its label above it, so that a long label (a BPMN step's name) is never
 * cut; the longest bar fills the width.
 */
public record BarChart(String title, int width, int height, List<Bar> bars) {

    /** One bar as drawn: its label's baseline, the bar's top and length, the value written after it. */
    public record Bar(String label, long value, int labelY, int barY, int length, int valueX, int valueY) {
    }

    /** One line of figures: what is counted, and how many. */
    public record Line(String label, long value) {
    }

    static final int WIDTH = 640;
    static final int LINE = 40;
    static final int BAR = 16;
    static final int VALUE_ROOM = 60;

    public static BarChart of(String title, List<Line> lines) {
        return of(title, lines, 0);
    }

    /**
     * As {@link #of(String, List)}, with the full width standing for {@code scale} (the evaluations expected, say) when
     * it is above every value: a bar then shows a share of that whole.
     */
    public static BarChart of(String title, List<Line> lines, long scale) {
        long max = Math.max(Math.max(1, scale), lines.stream().mapToLong(Line::value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int top = i * LINE;
            int length = (int) Math.round((WIDTH - VALUE_ROOM) * (double) Math.max(0, line.value()) / max);
            bars.add(new Bar(line.label(), line.value(), top + 14, top + 20, Math.max(length, line.value() > 0 ? 2 : 0),
                    length + 6, top + 33));
        }
        return new BarChart(title, WIDTH, Math.max(LINE, lines.size() * LINE), bars);
    }
}
