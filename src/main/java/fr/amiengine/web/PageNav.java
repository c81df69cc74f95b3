package fr.amiengine.web;

import fr.amiengine.shared.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The navigation between the pages of a long list (the tag {@code pagination}): the previous and next pages, the
 * first and last, the current one and its neighbours, the others left out as an ellipsis. Each link keeps the
 * filters of the list, so that an address can be shared and the browser's Back button returns to the same page.
 *
 * @param page     the page shown
 * @param pages    the number of pages
 * @param previous the address of the previous page, {@code null} on the first
 * @param next     the address of the next page, {@code null} on the last
 * @param links    the numbered links, in order; a link with no address stands for pages left out
 */
public record PageNav(int page, int pages, String previous, String next, List<Link> links) {

    /** @param address {@code null} for an ellipsis */
    public record Link(int number, String address, boolean current) {
    }

    public static PageNav of(PageResult<?> result, IntFunction<String> address) {
        int page = result.page();
        int pages = result.pages();
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                links.add(new Link(n, address.apply(n), n == page));
            } else if (links.isEmpty() || links.get(links.size() - 1).address() != null) {
                links.add(new Link(n, null, false));
            }
        }
        return new PageNav(page, pages, page > 1 ? address.apply(page - 1) : null,
                page < pages ? address.apply(page + 1) : null, links);
    }

    /** Whether there is more than one page, so that a navigation is worth showing. */
    public boolean shown() {
        return pages > 1;
    }
}
