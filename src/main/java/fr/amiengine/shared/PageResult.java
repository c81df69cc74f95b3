package fr.amiengine.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a long list, with what the navigation needs: the page shown, the number of pages and of lines.
 *
 * @param items the lines of this page
 * @param page  the page shown, from 1 (a request beyond the last page shows the last)
 * @param size  the lines per page
 * @param total the lines of the whole list
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The 1-based position of the first line of this page (0 when the list is empty). */
    public long firstLine() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastLine() {
        return (long) (page - 1) * size + items.size();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** The page of {@code all} that {@code request} asks for, for a list already in memory. */
    public static <T> PageResult<T> of(List<T> all, PageRequest request) {
        PageRequest within = request.within(all.size());
        int from = Math.min(within.offset(), all.size());
        return new PageResult<>(List.copyOf(all.subList(from, Math.min(all.size(), from + within.size()))),
                within.page(), within.size(), all.size());
    }
}
