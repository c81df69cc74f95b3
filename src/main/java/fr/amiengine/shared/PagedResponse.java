package fr.amiengine.shared;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page of a list answered by the API: its lines, the number of lines of the whole list in {@code X-Total-Count},
 * and the neighbouring pages in {@code Link} ({@code rel="prev"}, {@code rel="next"}), the request's other
 * parameters kept. The one way the API's paged lists answer.
 */
public final class PagedResponse {

    private PagedResponse() {
    }

    public static <T> RestResponse<List<T>> of(PageResult<T> found, UriInfo uri) {
        RestResponse.ResponseBuilder<List<T>> answer = RestResponse.ResponseBuilder.ok(found.items())
                .header("X-Total-Count", found.total());
        List<String> links = new ArrayList<>();
        if (found.hasPrevious()) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", found.page() - 1).build() + ">; rel=\"prev\"");
        }
        if (found.hasNext()) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", found.page() + 1).build() + ">; rel=\"next\"");
        }
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer.build();
    }
}
