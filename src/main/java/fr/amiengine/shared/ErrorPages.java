package fr.amiengine.shared;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Renders a failure as an HTML page for a person using the web pages; implemented by the web layer so that
 * this package does not depend on it.
 */
public interface ErrorPages {

    Response render(int status, String title, String detail, List<FieldError> errors);
}
