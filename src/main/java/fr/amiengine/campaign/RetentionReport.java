package fr.amiengine.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A campaign's retention of personal data, for its administrators: the period, when it ends, and what was erased.
 *
 * @param dueAt    when the erasure is due; null before the first publication
 * @param erasedAt when the erasure ran (its first line); null before
 * @param lines    one line per holder of personal data, in French
 */
public record RetentionReport(int months, Instant dueAt, Instant erasedAt, List<Line> lines) {

    public record Line(String holder, String description, int rowsChanged, Instant erasedAt) {
    }
}
